// Picked stories as news items: `### title`, a first paragraph to rewrite,
// and the source line in the draft language's form.
import type { Locale } from "@/i18n/routing";
import type { Format } from "@/lib/content/compile";

export type DraftItem = { title: string; summary: string; sources: { title: string; url: string }[] };

const SOURCE_LABEL: Record<Locale, string> = { zh: "**来源：**", en: "**Source:**" };
const LIST_SEPARATOR: Record<Locale, string> = { zh: "、", en: ", " };

/**
 * Feed text is not Markdown: characters that would start markup (emphasis,
 * links, HTML, and in MDX expressions) are escaped so that they read as
 * written. Linear patterns only (character classes, no nested quantifiers).
 */
export function escapeText(text: string, format: Format): string {
  const special = format === "mdx" ? /[\\`*_[\]<>{}|~]/g : /[\\`*_[\]<>|~]/g;
  const escaped = text.replace(/\s+/g, " ").trim().replace(special, "\\$&");
  // A paragraph starting like a heading, quote, list or setext underline would become one.
  return escaped.replace(/^(\d{1,9})([.)])/, "$1\\$2").replace(/^([#>+=-])/, "\\$1");
}

/** Parentheses and spaces would end a Markdown link's address early. */
const linkTarget = (url: string) => url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);

export function itemMarkdown(locale: Locale, format: Format, item: DraftItem): string {
  const links = item.sources.map((s) => `[${escapeText(s.title, format)}](${linkTarget(s.url)})`).join(LIST_SEPARATOR[locale]);
  const lines = [`### ${escapeText(item.title, format)}`, ""];
  if (item.summary.trim()) lines.push(escapeText(item.summary, format), "");
  lines.push(`${SOURCE_LABEL[locale]} ${links}`, "");
  return lines.join("\n");
}
