/**
 * How many of each language's newest posts get their share image drawn at
 * build time (DIGEST_OG_PRERENDER, default 20: as many as a feed carries).
 * Older posts' images are drawn on their first request.
 */
export function ogPrerenderCount(): number {
  const configured = Number.parseInt(process.env.DIGEST_OG_PRERENDER ?? "", 10);
  return Number.isNaN(configured) ? 20 : Math.max(0, configured);
}
