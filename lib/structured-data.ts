import { routing, type Locale } from "@/i18n/routing";
import type { Post } from "@/lib/content";
import { hreflang } from "./metadata";
import { absoluteUrl, paths } from "./site";

type Crumb = { name: string; path: string };

export function breadcrumbList(crumbs: Crumb[]) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((c, i) => ({ "@type": "ListItem", position: i + 1, name: c.name, item: absoluteUrl(c.path) })),
  };
}

export function webSite(locale: Locale, name: string, description: string) {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name,
    description,
    url: absoluteUrl(paths.home(locale)),
    inLanguage: hreflang[locale],
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${absoluteUrl(paths.search(locale))}?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    },
  };
}

/**
 * The digest as a schema.org NewsArticle. The default locale's edition is the
 * original; the other is its translation, linked both ways.
 */
/** `keywords`: the post's tags as readers see them (their names in taxonomy.yml). */
export function newsArticle(post: Post, translations: readonly Locale[], siteName: string, image: string, keywords: string[] = post.tags) {
  const ref = (locale: Locale) => ({ "@type": "NewsArticle", "@id": absoluteUrl(paths.post(locale, post.slug)), inLanguage: hreflang[locale] });
  const others = translations.filter((l) => l !== post.locale);
  const isOriginal = post.locale === routing.defaultLocale || !translations.includes(routing.defaultLocale);
  const url = absoluteUrl(paths.post(post.locale, post.slug));
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": url,
    url,
    mainEntityOfPage: url,
    headline: post.title,
    description: post.description,
    image: [image],
    datePublished: post.date.iso,
    dateModified: (post.updated ?? post.date).iso,
    inLanguage: hreflang[post.locale],
    author: post.author ? { "@type": "Person", name: post.author } : { "@type": "Organization", name: siteName },
    publisher: { "@type": "Organization", name: siteName, url: absoluteUrl("/") },
    keywords,
    articleSection: post.categories,
    citation: post.sources.map((s) => ({ "@type": "CreativeWork", name: s.title, url: s.url })),
    ...(others.length > 0 && (isOriginal ? { workTranslation: others.map(ref) } : { translationOfWork: ref(routing.defaultLocale) })),
  };
}
