import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { SiteHeader } from "@/components/layout/site-header";
import { routing } from "@/i18n/routing";
import { isDevelopment } from "@/lib/content";
import { editionLocales, loadEdition } from "@/lib/edition/load";
import { editionPath } from "@/lib/edition/urls";
import { decodeParam, otherLocale } from "@/lib/locale";
import { paths } from "@/lib/site";

export const metadata = { robots: { index: false, follow: false } };

/** Development only: a production build renders this route as a 404. */
export default async function EditionPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug: raw } = await params;
  if (!hasLocale(routing.locales, locale) || !isDevelopment()) notFound();
  setRequestLocale(locale);
  // The renderers (react-email, juice) stay out of the production server bundle: the bundler
  // drops this import only when it sees the literal process.env.NODE_ENV (so not through lib/env).
  const view = process.env.NODE_ENV === "development" ? await import("@/components/edition/edition-preview") : null;
  const slug = decodeParam(raw);
  const loaded = await loadEdition(locale, slug);
  if (!view || loaded.kind === "missing") notFound();
  const t = await getTranslations("EditionPreview");
  const other = otherLocale(locale);
  const alternate = { locale: other, href: editionPath(other, slug), available: editionLocales(slug).includes(other) };
  return (
    <>
      <SiteHeader locale={locale} alternate={alternate} />
      <main id="content" className="mx-auto w-full max-w-6xl flex-1 px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-2 text-muted">{t("description")}</p>
        <p className="mt-2">
          <a href={paths.post(locale, slug)} className="text-accent underline">
            {t("back")}
          </a>
        </p>
        <view.EditionPreview slug={slug} loaded={loaded} />
      </main>
    </>
  );
}
