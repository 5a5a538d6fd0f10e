import { routing, type Locale } from "@/i18n/routing";
import { errorsOf, statusOf } from "./posts";
import type { Entry, PostStatus } from "./store";

export type LocaleState =
  | { state: "missing" }
  | { state: "broken"; file: string }
  | { state: PostStatus; file: string; title: string; stale: boolean };

type TranslationRow = { slug: string; locales: Record<Locale, LocaleState> };

const lastChange = (e: Entry) => (e.meta?.updated ?? e.meta?.date)?.time ?? 0;

/**
 * One row per post folder: which languages exist, their state, and whether a
 * version was last changed before its translation (so it may be out of date).
 */
export function translationStatus(entries: Entry[], now: number = Date.now()): TranslationRow[] {
  const slugs = [...new Set(entries.map((e) => e.slug))].sort();
  return slugs.map((slug) => {
    const mine = entries.filter((e) => e.slug === slug);
    const locales = Object.fromEntries(
      routing.locales.map((locale): [Locale, LocaleState] => {
        const entry = mine.find((e) => e.locale === locale);
        if (!entry) return [locale, { state: "missing" }];
        if (!entry.meta || errorsOf(entry.issues).length > 0) return [locale, { state: "broken", file: entry.file }];
        // Stale when another language was `updated` after this one last changed (as content:check says).
        const stale = mine.some((o) => o !== entry && o.meta?.updated !== undefined && o.meta.updated.time > lastChange(entry));
        return [locale, { state: statusOf(entry, now), file: entry.file, title: entry.meta.title, stale }];
      }),
    ) as Record<Locale, LocaleState>;
    return { slug, locales };
  });
}
