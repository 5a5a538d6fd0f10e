// Appends picked stories to a draft's main news, as the last `###` items
// before the next `##` section. Only an existing draft or scheduled post
// under the content folder is ever written.
import { readFileSync, realpathSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { Locale } from "@/i18n/routing";
import type { Format } from "@/lib/content/compile";
import { splitFrontMatter } from "@/lib/content/front-matter";
import { splitSections } from "@/lib/content/digest";
import { statusOf } from "@/lib/content/posts";
import { isSlug } from "@/lib/content/slug";
import { contentRoot, entryPath, loadAll } from "@/lib/content/store";
import { itemMarkdown, type DraftItem } from "./draft-items";
import { DraftError, mainNewsHeading } from "./new-draft";

/** The draft's text with the items added; `format` decides what escaping they need. */
export function appendItems(raw: string, format: Format, locale: Locale, items: DraftItem[]): string {
  const eol = raw.includes("\r\n") ? "\r\n" : "\n";
  const lines = raw.split(/\r?\n/);
  const { body } = splitFrontMatter(raw);
  const processor = unified().use(remarkParse);
  if (format === "mdx") processor.use(remarkMdx);
  const tree = processor.use(remarkGfm).parse(body) as Root;
  const { parts } = splitSections(tree.children);
  const main = parts.findIndex((p) => p.kind === "mainNews");
  const text = items.map((item) => itemMarkdown(locale, format, item)).join("\n");
  // Where the next section starts (1-based line), or the end of the file.
  const startOf = (i: number) => {
    const part = parts[i];
    if (!part) return lines.length + 1;
    const node = part.kind === "loose" ? part.node : part.heading;
    return node.position?.start.line ?? lines.length + 1;
  };
  let at: number;
  let block: string;
  if (main >= 0) {
    at = startOf(main + 1);
    block = text;
  } else {
    // No main news yet: one goes before the analysis (or at the end).
    const analysis = parts.findIndex((p) => p.kind === "analysis" || p.kind === "conclusion");
    at = analysis >= 0 ? startOf(analysis) : lines.length + 1;
    block = `## ${mainNewsHeading(locale)}\n\n${text}`;
  }
  const before = lines.slice(0, at - 1);
  while (before.length > 0 && before.at(-1)!.trim() === "") before.pop();
  const after = lines.slice(at - 1);
  const inserted = block.replace(/\n+$/, "").split("\n");
  return [...before, "", ...inserted, ...(after.length > 0 && !(after.length === 1 && after[0] === "") ? ["", ...after] : [""])].join(eol);
}

/**
 * Adds the items to the `locale` file of the draft `slug`. The file must be
 * a post the store knows, not yet published, and resolve inside the content
 * folder (no symlink out of it).
 */
export function addToDraft(slug: string, locale: Locale, items: DraftItem[]): string {
  if (!isSlug(slug)) throw new DraftError(`"${slug}" is not a valid slug`);
  const entry = loadAll().entries.find((e) => e.slug === slug && e.locale === locale);
  if (!entry?.meta) throw new DraftError(`there is no ${locale} post "${slug}" to add to`);
  if (statusOf(entry, Date.now()) === "published") throw new DraftError(`"${slug}" is published; add stories to a draft`);
  const file = entryPath(entry);
  const root = realpathSync(contentRoot());
  const real = realpathSync(file);
  if (!real.startsWith(root + path.sep)) throw new DraftError(`${entry.file} is outside the content folder`);
  writeFileSync(real, appendItems(readFileSync(real, "utf8"), entry.format, locale, items));
  return entry.file;
}
