import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/components/layout/link";
import { notFound } from "next/navigation";
import { SiteHeader } from "@/components/layout/site-header";
import { routing } from "@/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { paths } from "@/lib/site";
import { siteRoutes } from "@/lib/routes";
import { getTaxonomy, getTags } from "@/lib/content";
import { termName } from "@/lib/content/taxonomy";

export async function generateMetadata({ params }: PageProps<"/[locale]/tags">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "TagsPage" });
  const site = await getTranslations({ locale, namespace: "Site" });
  return pageMetadata({ locale, path: paths.tags, title: t("title"), description: t("description"), siteName: site("name") });
}

export default async function TagsPage({ params }: PageProps<"/[locale]/tags">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("TagsPage");
  const tags = getTags(locale);
  const taxonomy = getTaxonomy();
  return (
    <>
      <SiteHeader locale={locale} alternate={siteRoutes().alternateOf(locale, { kind: "tags" })} />
      <main id="content" className="mx-auto w-full max-w-3xl flex-1 px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-2 text-muted">{t("description")}</p>
        <ul className="mt-8 flex flex-wrap gap-3">
          {tags.map((tag) => (
            <li key={tag.name}>
              <Link
                href={paths.tag(locale, tag.name)}
                className="inline-flex items-center gap-2 rounded-full border border-line bg-card px-4 py-1.5 font-normal hover:border-accent hover:text-accent"
              >
                #{termName(taxonomy, "tags", tag.name, locale)}
                <span className="text-sm text-muted">{t("count", { count: tag.count })}</span>
              </Link>
            </li>
          ))}
        </ul>
      </main>
    </>
  );
}
