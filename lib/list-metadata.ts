import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { routing, type Locale } from "@/i18n/routing";
import { getPosts, type Post } from "@/lib/content";
import { pageMetadata } from "./metadata";
import { pageCount, pagePath } from "./pagination";

type ListMeta = {
  locale: Locale;
  /** The list's first page in a locale. */
  base: (locale: Locale) => string;
  /** The list's posts in a locale (to know which pages exist there). */
  postsIn: (locale: Locale) => Post[];
  page: number;
  title: string;
  description: string;
};

/** Metadata for a (paginated) list: page n exists in a language only if it has n pages there. */
export async function listMetadata({ locale, base, postsIn, page, title, description }: ListMeta): Promise<Metadata> {
  const site = await getTranslations({ locale, namespace: "Site" });
  const pager = await getTranslations({ locale, namespace: "Pagination" });
  const available = routing.locales.filter((l) => {
    const n = postsIn(l).length;
    return n > 0 && pageCount(n) >= page;
  });
  return pageMetadata({
    locale,
    path: (l) => pagePath(base(l), page),
    available: available.includes(locale) ? available : [locale],
    title: page > 1 ? `${title} · ${pager("pageTitle", { page })}` : title,
    description,
    siteName: site("name"),
  });
}

export const allPosts = (l: Locale) => getPosts(l);
