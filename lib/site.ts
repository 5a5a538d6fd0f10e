import { env } from "./env";
import type { Locale } from "@/i18n/routing";

/** The public origin of the site (see lib/env.ts), no trailing slash. */
export const siteUrl = () => env.siteUrl();

/** An absolute URL for a site path (`/zh/posts/x`). */
export function absoluteUrl(path: string): string {
  return new URL(path, `${siteUrl()}/`).toString();
}

/** Open Graph wants territory-style locales. */
export const ogLocale: Record<Locale, string> = { zh: "zh_CN", en: "en_US" };

export type FeedFormat = "rss" | "atom" | "json";
/** Each feed format's file name, the same for the site's feeds and every term's. */
export const FEED_FILES: Record<FeedFormat, string> = { rss: "feed.xml", atom: "atom.xml", json: "feed.json" };

/** Page n of a list lives under its first page's path; page 1 is the list itself. */
const paged = (base: string, page = 1) => (page <= 1 ? base : `${base}/page/${page}`);

/**
 * Every URL of the site is built here, so a slug is encoded the same way in
 * pages, feeds, the sitemap and checks (Chinese slugs and tags included).
 */
export const paths = {
  home: (locale: Locale, page?: number) => paged(`/${locale}`, page),
  post: (locale: Locale, slug: string) => `/${locale}/posts/${encodeURIComponent(slug)}`,
  ogImage: (locale: Locale, slug: string) => `/${locale}/posts/${encodeURIComponent(slug)}/og.png`,
  tags: (locale: Locale) => `/${locale}/tags`,
  tag: (locale: Locale, tag: string, page?: number) => paged(`/${locale}/tags/${encodeURIComponent(tag)}`, page),
  category: (locale: Locale, category: string, page?: number) => paged(`/${locale}/categories/${encodeURIComponent(category)}`, page),
  archive: (locale: Locale) => `/${locale}/archive`,
  archiveYear: (locale: Locale, year: string) => `/${locale}/archive/${year}`,
  search: (locale: Locale) => `/${locale}/search`,
  subscribe: (locale: Locale) => `/${locale}/subscribe`,
  rss: (locale: Locale) => `/${locale}/feed.xml`,
  atom: (locale: Locale) => `/${locale}/atom.xml`,
  json: (locale: Locale) => `/${locale}/feed.json`,
  /** A tag's or category's own feed: `/zh/tags/k8s/feed.xml`, `atom.xml`, `feed.json`. */
  termFeed: (locale: Locale, kind: "tags" | "categories", name: string, format: FeedFormat) =>
    `/${locale}/${kind}/${encodeURIComponent(name)}/${FEED_FILES[format]}`,
  /** Every feed of a language as one OPML file, for a reader to import. */
  opml: (locale: Locale) => `/${locale}/feeds.opml`,
  /** Development-only pages (npm run dev). */
  drafts: (locale: Locale) => `/${locale}/drafts`,
  translations: (locale: Locale) => `/${locale}/translations`,
  inbox: (locale: Locale) => `/${locale}/inbox`,
  translationView: (locale: Locale, slug: string) => `/${locale}/translations/${encodeURIComponent(slug)}`,
  preview: (locale: Locale, slug: string) => `/${locale}/preview/${encodeURIComponent(slug)}`,
};
