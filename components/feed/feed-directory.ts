import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { getTaxonomy } from "@/lib/content";
import { termName } from "@/lib/content/taxonomy";
import { feedPath, siteRoutes, type FeedScope } from "@/lib/routes";
import { paths } from "@/lib/site";

/** One followable thing: the whole site, a tag or a category, with its name, page and feeds. */
export type FeedEntry = { scope: FeedScope; name: string; page: string; feeds: Record<"rss" | "atom" | "json", string> };
export type FeedGroup = { title: string; entries: FeedEntry[] };

/** Every feed of a language, grouped as the subscribe page and feeds.opml show them (site paths). */
export async function feedDirectory(locale: Locale): Promise<FeedGroup[]> {
  const [site, t] = await Promise.all([getTranslations({ locale, namespace: "Site" }), getTranslations({ locale, namespace: "Subscribe" })]);
  const taxonomy = getTaxonomy();
  const seen = new Set<string>();
  const groups: Record<FeedScope["kind"], FeedEntry[]> = { site: [], tags: [], categories: [] };
  for (const feed of siteRoutes().feedsIn(locale)) {
    const { scope } = feed;
    const key = JSON.stringify(scope);
    if (seen.has(key)) continue;
    seen.add(key);
    const feeds = { rss: feedPath(locale, scope, "rss"), atom: feedPath(locale, scope, "atom"), json: feedPath(locale, scope, "json") };
    if (scope.kind === "site") groups.site.push({ scope, name: site("name"), page: paths.home(locale), feeds });
    else {
      const page = scope.kind === "tags" ? paths.tag(locale, scope.name) : paths.category(locale, scope.name);
      groups[scope.kind].push({ scope, name: termName(taxonomy, scope.kind, scope.name, locale), page, feeds });
    }
  }
  return [
    { title: t("allPosts"), entries: groups.site },
    { title: t("byCategory"), entries: groups.categories },
    { title: t("byTag"), entries: groups.tags },
  ].filter((g) => g.entries.length > 0);
}
