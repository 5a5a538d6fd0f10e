import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing, type Locale } from "@/i18n/routing";
import { getTaxonomy } from "@/lib/content";
import { termDescription, termName } from "@/lib/content/taxonomy";
import { listMetadata } from "./list-metadata";
import { decodeParam } from "./locale";
import { parsePage } from "./pagination";
import { feedPath, siteRoutes, staticParams, type Route } from "./routes";

export type TermKind = "tags" | "categories";
export type TermRoute = Extract<Route, { kind: "tag" | "category" }>;

/** The route of a tag's or category's page n. */
export const termPage = (kind: TermKind, name: string, page = 1): TermRoute =>
  kind === "tags" ? { kind: "tag", name, page } : { kind: "category", name, page };

/** Title and description of a tag or category page, in the page's language. */
export async function termText(kind: TermKind, locale: Locale, slug: string) {
  const taxonomy = getTaxonomy();
  const name = termName(taxonomy, kind, slug, locale);
  const own = termDescription(taxonomy, kind, slug, locale);
  if (kind === "tags") {
    const t = await getTranslations({ locale, namespace: "TagPage" });
    return { title: t("title", { tag: name }), description: own ?? t("description", { tag: name }) };
  }
  const t = await getTranslations({ locale, namespace: "CategoryPage" });
  return { title: t("title", { category: name }), description: own ?? t("description", { category: name }) };
}

/** A term's own feeds (site paths), titled with its name as its feeds are. */
export async function termFeeds(kind: TermKind, locale: Locale, slug: string) {
  const site = await getTranslations({ locale, namespace: "Site" });
  const scope = { kind, name: slug };
  const title = `${site("name")} · ${termName(getTaxonomy(), kind, slug, locale)}`;
  return { title, rss: feedPath(locale, scope, "rss"), atom: feedPath(locale, scope, "atom"), json: feedPath(locale, scope, "json") };
}

/** The one implementation of the tag and category routes, first pages and later pages. */
export const termRoute = (kind: TermKind) => ({
  params: (locale: string) => staticParams(termPage(kind, "").kind, locale),
  /** Every term's later pages in every language. */
  pageParams: () => staticParams(termPage(kind, "").kind, "", { later: true }),
  /** null when the URL names no existing page. */
  resolve(locale: string, rawName: string, rawPage?: string): { locale: Locale; route: TermRoute } | null {
    if (!hasLocale(routing.locales, locale)) return null;
    const name = decodeParam(rawName);
    const total = siteRoutes().listed(locale, termPage(kind, name))!.length;
    if (total === 0) return null;
    const page = rawPage === undefined ? 1 : parsePage(rawPage, total);
    return page ? { locale, route: termPage(kind, name, page) } : null;
  },
  async metadata(locale: string, rawName: string, rawPage?: string): Promise<Metadata> {
    const found = this.resolve(locale, rawName, rawPage);
    if (!found) return {};
    const { title, description } = await termText(kind, found.locale, found.route.name);
    const topicFeeds = await termFeeds(kind, found.locale, found.route.name);
    return listMetadata({ locale: found.locale, route: found.route, title, description, topicFeeds });
  },
});
