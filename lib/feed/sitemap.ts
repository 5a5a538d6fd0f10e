import type { MetadataRoute } from "next";
import { routing, type Locale } from "@/i18n/routing";
import type { Post } from "@/lib/content";
import { hreflang } from "@/lib/metadata";
import { pageNumber, pathOf, routeModel, type Route } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";

type Entry = MetadataRoute.Sitemap[number];

const changed = (post: Post) => post.updated ?? post.date;

/** The newest change among the posts, as the author wrote it (with offset). */
function lastChange(posts: Post[]): string | undefined {
  let newest: Post | undefined;
  for (const post of posts) if (!newest || changed(post).time > changed(newest).time) newest = post;
  return newest && changed(newest).iso;
}

/**
 * Every published page of the route model (first pages of lists; not the
 * search page), once per locale where it exists, each entry listing all of
 * them as alternates (so the set is reciprocal) plus x-default: the default
 * locale's page when there is one.
 */
export function sitemapEntries(published: (locale: Locale) => Post[]): MetadataRoute.Sitemap {
  const model = routeModel(published);
  const seen = new Set<string>();
  const entries: Entry[] = [];
  for (const locale of routing.locales) {
    for (const route of model.pagesIn(locale)) {
      if (pageNumber(route) > 1 || route.kind === "search") continue;
      const key = JSON.stringify(route);
      if (seen.has(key)) continue;
      seen.add(key);
      entries.push(...entriesOf(route, model));
    }
  }
  return entries;
}

function entriesOf(route: Route, model: ReturnType<typeof routeModel>): Entry[] {
  const locales = model.localesOf(route);
  const preferred = locales.includes(routing.defaultLocale) ? routing.defaultLocale : locales[0];
  if (preferred === undefined) return [];
  const languages: Record<string, string> = Object.fromEntries(locales.map((l) => [hreflang[l], absoluteUrl(pathOf(l, route))]));
  languages["x-default"] = absoluteUrl(pathOf(preferred, route));
  // A list changes with its newest post; the indexes with the locale's newest.
  const postsOf = (l: Locale) => model.listed(l, route) ?? model.listed(l, { kind: "home" })!;
  return locales.map((locale) => ({ url: absoluteUrl(pathOf(locale, route)), lastModified: lastChange(postsOf(locale)), alternates: { languages } }));
}
