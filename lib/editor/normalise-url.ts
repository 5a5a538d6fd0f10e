/**
 * Query parameters that only say where a click came from: the same article
 * with and without them is one story, and a source line is cleaner without.
 */
const TRACKING = /^(utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|twclid|ref|ref_src|ref_url|source|src|cmpid|_hsenc|_hsmi|mkt_tok|spm|share|from|scene|chksm|sessionid)$/i;

/** The URL without tracking parameters and without its fragment: what a source line should cite. */
export function cleanUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return raw.trim();
  }
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  url.hash = "";
  return url.href;
}

/**
 * One key per story: scheme, `www.`, a trailing slash, tracking parameters,
 * the fragment and the order of the remaining parameters do not make
 * another article. Not a URL to visit (http and https are folded together).
 */
export function storyKey(raw: string): string {
  let url: URL;
  try {
    url = new URL(cleanUrl(raw));
  } catch {
    return raw.trim();
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, "");
  const port = url.port && !["80", "443"].includes(url.port) ? `:${url.port}` : "";
  const pathname = url.pathname.replace(/\/+$/, "") || "";
  url.searchParams.sort();
  const query = url.searchParams.size > 0 ? `?${url.searchParams.toString()}` : "";
  return `${host}${port}${pathname}${query}`;
}
