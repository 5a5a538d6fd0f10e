import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { SiteHeader } from "@/components/layout/site-header";
import { ArchiveYearList, ArchiveYearPager } from "@/components/post/archive-view";
import { routing } from "@/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { pathOf, siteRoutes, staticParams } from "@/lib/routes";

// Every year with posts is prerendered; any other is a static 404.
export const dynamicParams = false;

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return staticParams("archiveYear", params.locale);
}

function resolve(locale: string, year: string) {
  if (!hasLocale(routing.locales, locale)) return null;
  const posts = siteRoutes().listed(locale, { kind: "archiveYear", year })!;
  return posts.length > 0 ? { locale, posts } : null;
}

export async function generateMetadata({ params }: PageProps<"/[locale]/archive/[year]">): Promise<Metadata> {
  const { locale, year } = await params;
  const found = resolve(locale, year);
  if (!found) return {};
  const t = await getTranslations({ locale: found.locale, namespace: "ArchivePage" });
  const site = await getTranslations({ locale: found.locale, namespace: "Site" });
  const route = { kind: "archiveYear", year } as const;
  return pageMetadata({
    locale: found.locale,
    path: (l) => pathOf(l, route),
    available: siteRoutes().localesOf(route),
    title: t("yearTitle", { year }),
    description: t("yearDescription", { year, count: found.posts.length }),
    siteName: site("name"),
  });
}

export default async function ArchiveYearPage({ params }: PageProps<"/[locale]/archive/[year]">) {
  const { locale, year } = await params;
  const found = resolve(locale, year);
  if (!found) notFound();
  setRequestLocale(found.locale);
  const t = await getTranslations("ArchivePage");
  return (
    <>
      <SiteHeader locale={found.locale} alternate={siteRoutes().alternateOf(found.locale, { kind: "archiveYear", year })} />
      <main id="content" className="mx-auto w-full max-w-3xl flex-1 px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-bold tracking-tight">{t("yearTitle", { year })}</h1>
        <p className="mt-2 text-muted">{t("yearDescription", { year, count: found.posts.length })}</p>
        <ArchiveYearPager locale={found.locale} years={siteRoutes().archiveYears(found.locale)} current={year} />
        <ArchiveYearList posts={found.posts} />
      </main>
    </>
  );
}
