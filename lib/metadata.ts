import type { Metadata } from "next";
import { routing, type Locale } from "@/i18n/routing";
import { htmlLang } from "./locale";
import { absoluteUrl, ogLocale, paths } from "./site";

/** hreflang values: the same tags as <html lang>. */
export const hreflang = htmlLang;

type PageMeta = {
  locale: Locale;
  /** The page's path in a given locale. */
  path: (locale: Locale) => string;
  /** The locales in which this page exists (itself included). */
  available?: readonly Locale[];
  title?: string;
  description?: string;
  siteName: string;
  openGraph?: Metadata["openGraph"];
  image?: { url: string; width: number; height: number; alt: string };
  /** A tag's or category's own feeds (site paths), advertised before the site's. */
  topicFeeds?: { title: string; rss: string; atom: string; json: string };
};

/**
 * Canonical, reciprocal hreflang alternates (only existing translations, plus
 * x-default), feed autodiscovery, Open Graph and Twitter cards for one page.
 */
export function pageMetadata({ locale, path, available = routing.locales, title, description, siteName, openGraph, image, topicFeeds }: PageMeta): Metadata {
  const existing = routing.locales.filter((l) => available.includes(l));
  const languages: Record<string, string> = Object.fromEntries(existing.map((l) => [hreflang[l], absoluteUrl(path(l))]));
  const preferred = existing.includes(routing.defaultLocale) ? routing.defaultLocale : (existing[0] ?? locale);
  languages["x-default"] = absoluteUrl(path(preferred));
  const url = absoluteUrl(path(locale));
  const images = image ? [image] : undefined;
  const topic = (format: "rss" | "atom" | "json", label: string) => (topicFeeds ? [{ url: absoluteUrl(topicFeeds[format]), title: `${topicFeeds.title} (${label})` }] : []);
  return {
    title,
    description,
    alternates: {
      canonical: url,
      languages,
      types: {
        "application/rss+xml": [...topic("rss", "RSS"), { url: absoluteUrl(paths.rss(locale)), title: `${siteName} (RSS)` }],
        "application/atom+xml": [...topic("atom", "Atom"), { url: absoluteUrl(paths.atom(locale)), title: `${siteName} (Atom)` }],
        "application/feed+json": [...topic("json", "JSON Feed"), { url: absoluteUrl(paths.json(locale)), title: `${siteName} (JSON Feed)` }],
      },
    },
    openGraph: {
      type: "website",
      url,
      siteName,
      title: title ?? siteName,
      description,
      locale: ogLocale[locale],
      alternateLocale: existing.filter((l) => l !== locale).map((l) => ogLocale[l]),
      images,
      ...openGraph,
    },
    twitter: { card: image ? "summary_large_image" : "summary", title: title ?? siteName, description, images },
  };
}
