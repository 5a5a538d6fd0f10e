import type { Metadata } from "next";
import { paths } from "@/lib/site";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import { LOCALE_REDIRECT_SCRIPT } from "@/lib/locale-redirect";
import { NOT_FOUND_LOCALE_SCRIPT, THEME_SCRIPT } from "@/lib/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: `404 · ${zh.NotFound.title} · ${en.NotFound.title}`,
  robots: { index: false },
};

const editions = [
  { locale: "zh" as const, lang: "zh-Hans", m: zh },
  { locale: "en" as const, lang: "en", m: en },
] as const;

/**
 * The one 404 page for every missing path: a static file (pages are never
 * rendered on demand), shown in the language of the path it answers.
 */
export default function NotFound() {
  return (
    <html lang="zh-Hans" suppressHydrationWarning>
      <head>
        {/* Constants, hashed in the CSP: the saved theme and the path's language before paint;
            a path without a language (/posts/x on a static host, where no server adds it) goes on to the reader's. */}
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
        <script dangerouslySetInnerHTML={{ __html: NOT_FOUND_LOCALE_SCRIPT }} />
        <script dangerouslySetInnerHTML={{ __html: LOCALE_REDIRECT_SCRIPT }} />
      </head>
      <body className="flex min-h-dvh flex-col">
        <main id="content" className="mx-auto flex w-full max-w-3xl flex-1 flex-col justify-center gap-16 px-4 py-16 text-center sm:px-6">
          {editions.map(({ locale, lang, m }) => (
            <section key={locale} lang={lang} data-only={locale} aria-labelledby={`not-found-${locale}`}>
              <p className="text-sm font-bold tracking-wide text-accent uppercase">{m.Site.name}</p>
              <p aria-hidden="true" className="mt-4 text-6xl font-bold text-accent">
                404
              </p>
              <h1 id={`not-found-${locale}`} className="mt-4 text-2xl font-bold">
                {m.NotFound.title}
              </h1>
              <p className="mt-3 text-muted">{m.NotFound.description}</p>
              <a href={paths.home(locale)} hrefLang={lang} className="mt-8 inline-block rounded-full bg-accent px-5 py-2 font-normal text-page hover:opacity-90">
                {m.NotFound.home}
              </a>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
