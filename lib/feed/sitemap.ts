import type { MetadataRoute } from "next";
import { routing, type Locale } from "@/i18n/routing";
import type { Post } from "@/lib/content";
import { hreflang } from "@/lib/metadata";
import { absoluteUrl, paths } from "@/lib/site";

type Entry = MetadataRoute.Sitemap[number];

const changed = (post: Post) => post.updated ?? post.date;

/** The newest change among the posts, as the author wrote it (with offset). */
function lastChange(posts: Post[]): string | undefined {
  let newest: Post | undefined;
  for (const post of posts) if (!newest || changed(post).time > changed(newest).time) newest = post;
  return newest && changed(newest).iso;
}

/**
 * One page in each locale where it exists, each entry listing all of them as
 * alternates (so the set is reciprocal) plus x-default: the default locale's
 * page when there is one.
 */
function page(existing: readonly Locale[], path: (locale: Locale) => string, postsIn: (locale: Locale) => Post[]): Entry[] {
  const locales = routing.locales.filter((l) => existing.includes(l));
  const preferred = locales.includes(routing.defaultLocale) ? routing.defaultLocale : locales[0];
  if (preferred === undefined) return [];
  const languages: Record<string, string> = Object.fromEntries(locales.map((l) => [hreflang[l], absoluteUrl(path(l))]));
  languages["x-default"] = absoluteUrl(path(preferred));
  return locales.map((locale) => ({ url: absoluteUrl(path(locale)), lastModified: lastChange(postsIn(locale)), alternates: { languages } }));
}

/** Every published page: homes, posts, tag index, tags, categories, archives and their years. */
export function sitemapEntries(published: (locale: Locale) => Post[]): MetadataRoute.Sitemap {
  const all = routing.locales;
  /** A list page: it exists in every locale, even when empty. */
  const everywhere = (path: (locale: Locale) => string) => page(all, path, published);
  /** A post, tag or category page: it exists where a published post matches. */
  const wherever = (test: (p: Post) => boolean, path: (locale: Locale) => string) => {
    const matching = (l: Locale) => published(l).filter(test);
    return page(all.filter((l) => matching(l).length > 0), path, matching);
  };
  const distinct = (pick: (p: Post) => string[]) => [...new Set(all.flatMap((l) => published(l).flatMap(pick)))].sort();
  return [
    ...everywhere(paths.home),
    ...distinct((p) => [p.slug]).flatMap((slug) => wherever((p) => p.slug === slug, (l) => paths.post(l, slug))),
    ...everywhere(paths.tags),
    ...distinct((p) => p.tags).flatMap((tag) => wherever((p) => p.tags.includes(tag), (l) => paths.tag(l, tag))),
    ...distinct((p) => p.categories).flatMap((c) => wherever((p) => p.categories.includes(c), (l) => paths.category(l, c))),
    ...everywhere(paths.archive),
    ...distinct((p) => [p.date.wall.slice(0, 4)]).flatMap((year) => wherever((p) => p.date.wall.startsWith(year), (l) => paths.archiveYear(l, year))),
  ];
}
