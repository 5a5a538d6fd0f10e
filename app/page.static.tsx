import type { Metadata } from "next";
import { LOCALE_REDIRECT_SCRIPT } from "@/lib/locale-redirect";
import { paths, siteUrl } from "@/lib/site";
import { THEME_SCRIPT } from "@/lib/theme";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import "./globals.css";

/**
 * `/` in the plain-files build (npm run build:static), where no server picks
 * the language: the browser goes on to /zh or /en at once (the cookie, then
 * its languages, as proxy.ts does on a server); without JavaScript, and for
 * crawlers, it is a page with both editions, which names them as each
 * other's alternates.
 */
export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: `${zh.Site.name} · ${en.Site.name}`,
  description: `${zh.Site.description} ${en.Site.description}`,
  alternates: { canonical: "/", languages: { "zh-Hans": paths.home("zh"), en: paths.home("en"), "x-default": "/" } },
};

const editions = [
  { locale: "zh" as const, lang: "zh-Hans", m: zh },
  { locale: "en" as const, lang: "en", m: en },
];

export default function LanguageChoice() {
  return (
    <html lang="zh-Hans" suppressHydrationWarning>
      <head>
        {/* Constants, hashed in the CSP: the saved theme, then the reader's language. */}
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
        <script dangerouslySetInnerHTML={{ __html: LOCALE_REDIRECT_SCRIPT }} />
      </head>
      <body className="flex min-h-dvh flex-col">
        <main id="content" className="mx-auto flex w-full max-w-3xl flex-1 flex-col justify-center gap-12 px-4 py-16 text-center sm:px-6">
          {editions.map(({ locale, lang, m }) => (
            <section key={locale} lang={lang} aria-labelledby={`edition-${locale}`}>
              <h1 id={`edition-${locale}`} className="text-3xl font-bold">
                {m.Site.name}
              </h1>
              <p className="mt-3 text-muted">{m.Site.description}</p>
              <a href={paths.home(locale)} hrefLang={lang} lang={lang} className="mt-6 inline-block rounded-full bg-accent px-5 py-2 font-normal text-page hover:opacity-90">
                {m.LanguageChoice.enter}
              </a>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
