import type { Locale } from "@/i18n/routing";

/**
 * The public origin of the site, from one setting: SITE_URL, else Vercel's
 * production domain, else the local server. No trailing slash.
 */
export function siteUrl(): string {
  const explicit = process.env.SITE_URL ?? process.env.NEXT_PUBLIC_SITE_URL;
  if (explicit) return explicit.replace(/\/+$/, "");
  const vercel = process.env.VERCEL_PROJECT_PRODUCTION_URL;
  if (vercel) return `https://${vercel.replace(/\/+$/, "")}`;
  return `http://localhost:${process.env.PORT ?? 3000}`;
}

/** An absolute URL for a site path (`/zh/posts/x`). */
export function absoluteUrl(path: string): string {
  return new URL(path, `${siteUrl()}/`).toString();
}

/** Open Graph wants territory-style locales. */
export const ogLocale: Record<Locale, string> = { zh: "zh_CN", en: "en_US" };

/** Paths of a post and of the lists, in one place for pages, feeds and the sitemap. */
export const paths = {
  home: (locale: Locale) => `/${locale}`,
  post: (locale: Locale, slug: string) => `/${locale}/posts/${encodeURIComponent(slug)}`,
  tags: (locale: Locale) => `/${locale}/tags`,
  tag: (locale: Locale, tag: string) => `/${locale}/tags/${encodeURIComponent(tag)}`,
  category: (locale: Locale, category: string) => `/${locale}/categories/${encodeURIComponent(category)}`,
  archive: (locale: Locale) => `/${locale}/archive`,
  archiveYear: (locale: Locale, year: string) => `/${locale}/archive/${year}`,
  search: (locale: Locale) => `/${locale}/search`,
  rss: (locale: Locale) => `/${locale}/feed.xml`,
  atom: (locale: Locale) => `/${locale}/atom.xml`,
  json: (locale: Locale) => `/${locale}/feed.json`,
};
