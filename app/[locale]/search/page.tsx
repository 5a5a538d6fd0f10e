import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { SiteHeader } from "@/components/layout/site-header";
import { SearchBox } from "@/components/search/search-box";
import { routing } from "@/i18n/routing";
import { siteRoutes } from "@/lib/routes";
import { pageMetadata } from "@/lib/metadata";
import { paths } from "@/lib/site";

export async function generateMetadata({ params }: PageProps<"/[locale]/search">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "SearchPage" });
  const site = await getTranslations({ locale, namespace: "Site" });
  return pageMetadata({ locale, path: paths.search, title: t("title"), description: t("description"), siteName: site("name") });
}

export default async function SearchPage({ params }: PageProps<"/[locale]/search">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("SearchPage");
  const keys = ["label", "placeholder", "submit", "searching", "resultsOne", "resultsOther", "unavailable", "tags", "categories"] as const;
  const labels = {
    ...Object.fromEntries(keys.map((k) => [k, t(k)])),
    // Placeholders are filled in by the client component.
    noResults: t("noResults", { query: "{query}" }),
    resultsOne: t("resultsOne", { count: "{count}" }),
    resultsOther: t("resultsOther", { count: "{count}" }),
  } as Record<(typeof keys)[number] | "noResults", string>;
  return (
    <>
      <SiteHeader locale={locale} alternate={siteRoutes().alternateOf(locale, { kind: "search" })} />
      <main id="content" className="mx-auto w-full max-w-3xl flex-1 px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-2 mb-6 text-muted">{t("description")}</p>
        <noscript>
          <p className="mb-4 rounded-xl border border-line bg-card p-4 text-sm">{t("noScript")}</p>
        </noscript>
        <SearchBox locale={locale} labels={labels} />
      </main>
    </>
  );
}
