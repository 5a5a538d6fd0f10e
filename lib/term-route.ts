import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { routing, type Locale } from "@/i18n/routing";
import { termBase, termPosts, termText, type TermKind } from "@/components/post/term-page";
import { getCategories, getTags } from "@/lib/content";
import { listMetadata } from "./list-metadata";
import { decodeParam } from "./locale";
import { laterPagesInEveryLocale, parsePage } from "./pagination";

/** The shared logic of the tag and category routes (first page and later pages). */
export const termRoute = (kind: TermKind) => ({
  names: (locale: Locale) => (kind === "tags" ? getTags(locale) : getCategories(locale)).map((t) => t.name),
  params(locale: string) {
    return hasLocale(routing.locales, locale) ? this.names(locale) : [];
  },
  /** Every term's later pages in every language (see laterPagesInEveryLocale). */
  pageParams() {
    const param = kind === "tags" ? "tag" : "category";
    const terms = (locale: Locale) => (kind === "tags" ? getTags(locale) : getCategories(locale));
    return laterPagesInEveryLocale((locale) => terms(locale).map((t) => ({ params: { [param]: t.name }, total: t.count })));
  },
  /** null when the URL names no existing page. */
  resolve(locale: string, rawName: string, rawPage?: string): { locale: Locale; name: string; page: number } | null {
    if (!hasLocale(routing.locales, locale)) return null;
    const name = decodeParam(rawName);
    const total = termPosts(kind, locale, name).length;
    if (total === 0) return null;
    const page = rawPage === undefined ? 1 : parsePage(rawPage, total);
    return page ? { locale, name, page } : null;
  },
  async metadata(locale: string, rawName: string, rawPage?: string): Promise<Metadata> {
    const found = this.resolve(locale, rawName, rawPage);
    if (!found) return {};
    const { title, description } = await termText(kind, found.locale, found.name);
    return listMetadata({
      locale: found.locale,
      base: termBase(kind, found.name),
      postsIn: (l) => termPosts(kind, l, found.name),
      page: found.page,
      title,
      description,
    });
  },
});
