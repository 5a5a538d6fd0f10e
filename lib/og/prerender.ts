import { env } from "@/lib/env";

/**
 * How many of each language's newest posts get their share image drawn at
 * build time (DIGEST_OG_PRERENDER, default 20: as many as a feed carries).
 * Older posts' images are drawn on their first request.
 */
export const ogPrerenderCount = () => env.ogPrerenderCount();
