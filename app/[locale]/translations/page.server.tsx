import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { SiteHeader } from "@/components/layout/site-header";
import { routing, type Locale } from "@/i18n/routing";
import { siteRoutes } from "@/lib/routes";
import { paths } from "@/lib/site";
import { getAllEntries, isDevelopment } from "@/lib/content";
import { translationStatus, type LocaleState } from "@/lib/content/translations";

export const metadata = { robots: { index: false, follow: false } };

/** Development only: a production build renders this route as a 404. */
export default async function TranslationsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale) || !isDevelopment()) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("TranslationsPage");
  const status = await getTranslations("Status");
  const view = await getTranslations("TranslationView");
  const rows = translationStatus(getAllEntries().entries);
  const cell = (slug: string, l: Locale, s: LocaleState) => {
    if (s.state === "missing") return <span className="font-bold text-red-700 dark:text-red-300">{t("missing")}</span>;
    if (s.state === "broken") return <span className="font-bold text-red-700 dark:text-red-300">{t("broken")}</span>;
    const label = s.state === "published" ? t("ok") : s.state === "draft" ? status("draft") : status("scheduled");
    return (
      <span>
        <a href={paths.post(l, slug)} className="text-accent underline">
          {label}
        </a>
        {s.stale && <span className="ml-2 font-bold text-amber-800 dark:text-amber-300">{t("stale")}</span>}
      </span>
    );
  };
  return (
    <>
      <SiteHeader locale={locale} alternate={siteRoutes().alternateOf(locale, { kind: "translations" })} />
      <main id="content" className="mx-auto w-full max-w-5xl flex-1 px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-2 text-muted">{t("description")}</p>
        <div className="mt-8 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-4">{t("post")}</th>
                {routing.locales.map((l) => (
                  <th key={l} scope="col" className="py-2 pr-4">{l}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.slug} className="border-b border-line">
                  <th scope="row" className="py-2 pr-4 font-mono font-normal">
                    {row.slug}{" "}
                    <a href={paths.translationView(locale, row.slug)} className="font-sans text-xs text-accent underline">
                      {view("compare")}
                    </a>
                  </th>
                  {routing.locales.map((l) => (
                    <td key={l} className="py-2 pr-4">{cell(row.slug, l, row.locales[l])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </main>
    </>
  );
}
