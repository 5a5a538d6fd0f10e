import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { pageMetadata } from "./metadata";
import { pageNumber, pathOf, siteRoutes, type Route } from "./routes";

type ListMeta = { locale: Locale; route: Route; title: string; description: string; topicFeeds?: Parameters<typeof pageMetadata>[0]["topicFeeds"] };

/** Metadata for a (paginated) list: its alternates are the languages in which the same page exists. */
export async function listMetadata({ locale, route, title, description, topicFeeds }: ListMeta): Promise<Metadata> {
  const site = await getTranslations({ locale, namespace: "Site" });
  const pager = await getTranslations({ locale, namespace: "Pagination" });
  const page = pageNumber(route);
  const available = siteRoutes().localesOf(route);
  return pageMetadata({
    locale,
    path: (l) => pathOf(l, route),
    available: available.includes(locale) ? available : [locale],
    title: page > 1 ? `${title} · ${pager("pageTitle", { page })}` : title,
    description,
    siteName: site("name"),
    topicFeeds,
  });
}
