import { formats } from "./formats";

export type DateFormat = keyof typeof formats.dateTime;

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A date in one of the site's named formats (i18n/formats.ts), as next-intl's
 * `format.dateTime(date, name)` writes it. next-intl makes its Intl formatters
 * anew for every page it renders, and an Intl.DateTimeFormat costs ~50 µs
 * to make: in a CPU profile of a 1,000-post build, making them was ~0.6 s of
 * each static-generation worker. They are immutable, so one per locale and
 * format serves the whole process.
 */
export function formatDate(locale: string, date: Date, format: DateFormat): string {
  const key = `${locale}\0${format}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat(locale, formats.dateTime[format])));
  return formatter.format(date);
}
