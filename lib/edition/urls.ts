import type { Locale } from "@/i18n/routing";
import { absoluteUrl, paths } from "@/lib/site";

/** The development-only preview of a post's email and WeChat editions. */
export const editionPath = (locale: Locale, slug: string) => `${paths.post(locale, slug)}/edition`;

/** The post's canonical URL: where "Read on the web" leads. */
export const postUrl = (locale: Locale, slug: string) => absoluteUrl(paths.post(locale, slug));

/**
 * A link or image address made absolute the way a browser resolves it on the
 * post's page (and as the feeds do): an email or a WeChat article has no page
 * to resolve a relative address against.
 */
export function resolveUrl(href: string, base: string): string {
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

/** A link to another WeChat article: the only kind a 公众号 article may keep. */
export function isWechatArticleUrl(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === "https:" || protocol === "http:") && hostname === "mp.weixin.qq.com";
  } catch {
    return false;
  }
}

/** Whether a link only moves within the page (`#item-1`): no destination to cite. */
export function isFragmentOf(url: string, page: string): boolean {
  try {
    const a = new URL(url);
    const b = new URL(page);
    return a.hash !== "" && a.origin === b.origin && a.pathname === b.pathname && a.search === b.search;
  } catch {
    return false;
  }
}
