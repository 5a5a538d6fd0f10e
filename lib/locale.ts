import { routing, type Locale } from "@/i18n/routing";

/** The BCP 47 tag for <html lang>: Simplified Chinese is `zh-Hans`. */
export const htmlLang: Record<Locale, string> = { zh: "zh-Hans", en: "en" };

export function otherLocale(locale: Locale): Locale {
  return routing.locales.find((l) => l !== locale) ?? routing.defaultLocale;
}

/** Route parameters arrive percent-encoded for non-ASCII tags on some paths. */
export function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
