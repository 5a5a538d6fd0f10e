import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/components/layout/link";
import { notFound } from "next/navigation";
import { SiteHeader } from "@/components/layout/site-header";
import { ArchiveYearList, ArchiveYears } from "@/components/post/archive-view";
import { routing } from "@/i18n/routing";
import { siteRoutes } from "@/lib/routes";
import { pageMetadata } from "@/lib/metadata";
import { paths } from "@/lib/site";

export async function generateMetadata({ params }: PageProps<"/[locale]/archive">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "ArchivePage" });
  const site = await getTranslations({ locale, namespace: "Site" });
  return pageMetadata({ locale, path: paths.archive, title: t("title"), description: t("description"), siteName: site("name") });
}

/** The years with their counts and the newest year's issues: small however long the archive grows. */
export default async function ArchivePage({ params }: PageProps<"/[locale]/archive">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("ArchivePage");
  const site = siteRoutes();
  const years = site.archiveYears(locale);
  const newest = years[0];
  return (
    <>
      <SiteHeader locale={locale} alternate={site.alternateOf(locale, { kind: "archive" })} />
      <main id="content" className="mx-auto w-full max-w-3xl flex-1 px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-2 text-muted">{t("description")}</p>
        <ArchiveYears locale={locale} years={years} />
        {newest && (
          <section aria-labelledby={`year-${newest.year}`} className="mt-10">
            <h2 id={`year-${newest.year}`} className="flex items-baseline gap-3 border-b border-line pb-2 text-2xl font-bold">
              <Link href={paths.archiveYear(locale, newest.year)} className="hover:text-accent">
                {newest.year}
              </Link>
              <span className="text-sm font-normal text-muted">{t("count", { count: newest.count })}</span>
            </h2>
            <ArchiveYearList posts={site.listed(locale, { kind: "archiveYear", year: newest.year })!} />
          </section>
        )}
      </main>
    </>
  );
}
