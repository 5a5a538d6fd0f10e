import type { Alternate } from "@/components/layout/locale-switcher";
import type { Locale } from "@/i18n/routing";
import { getArchiveYears, getPosts, getTranslations as getPostLocales } from "@/lib/content";
import { paths } from "@/lib/site";
import { otherLocale } from "@/lib/locale";

/** A page that exists in every locale (home, tag index, archive). */
export function sameRoute(locale: Locale, path = ""): Alternate {
  const other = otherLocale(locale);
  return { locale: other, href: `/${other}${path}`, available: true };
}

export function postAlternate(locale: Locale, slug: string, preview = false): Alternate {
  const other = otherLocale(locale);
  return { locale: other, href: `/${other}/posts/${slug}`, available: getPostLocales(slug, preview).includes(other) };
}

/** A tag or category page exists in the other language only if a post there uses it. */
export function termAlternate(locale: Locale, kind: "tags" | "categories", name: string): Alternate {
  const other = otherLocale(locale);
  const available = getPosts(other).some((p) => (kind === "tags" ? p.tags : p.categories).includes(name));
  return { locale: other, href: `/${other}/${kind}/${encodeURIComponent(name)}`, available };
}

/** An archive year exists in the other language only if it has posts there that year. */
export function yearAlternate(locale: Locale, year: string): Alternate {
  const other = otherLocale(locale);
  return { locale: other, href: paths.archiveYear(other, year), available: getArchiveYears(other).some((y) => y.year === year) };
}
