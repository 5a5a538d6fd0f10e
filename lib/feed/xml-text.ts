/**
 * Characters XML 1.0 forbids even when escaped (C0 controls other than tab,
 * line feed and carriage return; U+FFFE, U+FFFF; lone surrogates). The
 * content check refuses them in front matter; the feed writers drop them
 * anyway, so one stray character can never make a whole feed unreadable.
 */
const XML_INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export const xmlText = (text: string) => text.replace(XML_INVALID, "");

/** The value with every string in it, however deep, made safe for XML; dates and numbers as they are. */
export function xmlSafe<T>(value: T): T {
  if (typeof value === "string") return xmlText(value) as T;
  if (Array.isArray(value)) return value.map(xmlSafe) as T;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, xmlSafe(v)])) as T;
  }
  return value;
}
