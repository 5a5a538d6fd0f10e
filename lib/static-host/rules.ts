import { mediaHeaders, securityHeaders } from "@/lib/security-headers";

/**
 * What a static host must add to the files of `npm run build:static` so that
 * readers get what Vercel sends them: the same security headers on every
 * response, the images' own sandboxing policy, caching (hashed files forever,
 * pages and feeds briefly) and the feeds' content types. Rendered for Nginx
 * (./nginx.ts) and for Cloudflare Pages and Netlify (./pages-files.ts); the
 * README gives the same rules for Alibaba Cloud OSS and Tencent COS.
 */
export type Header = { key: string; value: string };
export type Redirect = { from: string; to: string; status: 301 | 302 | 307 | 308 };

/** Hashed or content-addressed files: never change under their name. */
export const IMMUTABLE = "public, max-age=31536000, immutable";
/** Pages, feeds, the sitemap: a new issue reaches readers within five minutes. */
export const SHORT = "public, max-age=300, must-revalidate";

export type PathRule = {
  /** A path prefix (`/media/`), or a file-name suffix (`feed.xml`) with `suffix: true`. */
  match: string;
  suffix?: boolean;
  cacheControl: string;
  headers?: Header[];
  contentType?: string;
};

/** Every response. */
export const siteHeaders: Header[] = securityHeaders;

/** Most specific first: the first rule that matches a path applies. */
export const pathRules: PathRule[] = [
  { match: "/_next/static/", cacheControl: IMMUTABLE },
  // The images' policy replaces the page policy (an SVG opened on its own runs nothing).
  { match: "/media/", cacheControl: IMMUTABLE, headers: mediaHeaders },
  { match: "feed.xml", suffix: true, cacheControl: SHORT, contentType: "application/rss+xml; charset=utf-8" },
  { match: "atom.xml", suffix: true, cacheControl: SHORT, contentType: "application/atom+xml; charset=utf-8" },
  { match: "feed.json", suffix: true, cacheControl: SHORT, contentType: "application/feed+json; charset=utf-8" },
  { match: ".opml", suffix: true, cacheControl: SHORT, contentType: "text/x-opml; charset=utf-8" },
  { match: "sitemap.xml", suffix: true, cacheControl: SHORT, contentType: "application/xml; charset=utf-8" },
  { match: "/", cacheControl: SHORT },
];

/** The headers a response for this path carries: the site's, with the rule's replacing any of the same name. */
export function headersFor(rule: PathRule): Header[] {
  const own = rule.headers ?? [];
  const names = new Set(own.map((h) => h.key.toLowerCase()));
  return [...siteHeaders.filter((h) => !names.has(h.key.toLowerCase())), ...own, { key: "Cache-Control", value: rule.cacheControl }];
}
