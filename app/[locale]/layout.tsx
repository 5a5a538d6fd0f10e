import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { draftMode } from "next/headers";
import { notFound } from "next/navigation";
import { DraftModeBanner } from "@/components/layout/draft-mode-banner";
import { SiteFooter } from "@/components/layout/site-footer";
import { routing } from "@/i18n/routing";
import { htmlLang } from "@/lib/locale";
import { siteUrl } from "@/lib/site";
import { THEME_SCRIPT } from "@/lib/theme";
import "../globals.css";

// Only zh and en exist; anything else is a 404 before any rendering.
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Site" });
  const preview = (await draftMode()).isEnabled;
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("description"),
    // A preview must never be indexed.
    robots: preview ? { index: false, follow: false } : undefined,
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const preview = (await draftMode()).isEnabled;
  return (
    <html lang={htmlLang[locale]} suppressHydrationWarning>
      <head>
        {/* A constant, hashed in the CSP: applies the saved theme before paint. */}
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="flex min-h-dvh flex-col">
        {/* No NextIntlClientProvider: client leaves get translated strings as props, so no messages ship. */}
        {preview && <DraftModeBanner />}
        {children}
        <SiteFooter year={new Date().getUTCFullYear()} />
      </body>
    </html>
  );
}
