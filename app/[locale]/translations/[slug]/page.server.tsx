import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { SiteHeader } from "@/components/layout/site-header";
import { SideBySide } from "@/components/translations/side-by-side";
import { routing } from "@/i18n/routing";
import { getAllEntries, isDevelopment } from "@/lib/content";
import { compareTranslations } from "@/lib/content/compare";
import { decodeParam, otherLocale } from "@/lib/locale";
import { paths } from "@/lib/site";

export const metadata = { robots: { index: false, follow: false } };

/** Development only: a production build renders this route as a 404. */
export default async function TranslationViewPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug: raw } = await params;
  if (!hasLocale(routing.locales, locale) || !isDevelopment()) notFound();
  setRequestLocale(locale);
  const slug = decodeParam(raw);
  const comparison = compareTranslations(slug, getAllEntries());
  if (!comparison) notFound();
  const t = await getTranslations("TranslationView");
  const other = otherLocale(locale);
  return (
    <>
      <SiteHeader locale={locale} alternate={{ locale: other, href: paths.translationView(other, slug), available: true }} />
      <main id="content" className="mx-auto w-full max-w-6xl flex-1 px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-bold tracking-tight break-all">{t("title", { slug })}</h1>
        <p className="mt-2 text-muted">{t("description")}</p>
        <SideBySide comparison={comparison} />
      </main>
    </>
  );
}
