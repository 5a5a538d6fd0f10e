import { readFileSync } from "node:fs";
import { routing, type Locale } from "@/i18n/routing";
import { checkContent } from "./check";
import type { ContentIssue } from "./issues";
import { statusOf, type Post } from "./posts";
import { entryPath, type Entry, type PostStatus } from "./store";
import type { Taxonomy } from "./taxonomy";

/**
 * The two languages of one post, aligned for a translator: title, dates,
 * terms, issue number, lead, each news item with its sources, analysis and
 * conclusion, with what differs marked, and what `content:check` says of
 * both files. Development only.
 */
export type SideItem = { id: string; title: string; sources: string[] };
export type Side = {
  locale: Locale;
  file: string;
  /** Opens the file in the editor. */
  editorUrl: string;
  status: PostStatus;
  title: string;
  date: string;
  tags: string[];
  categories: string[];
  issue?: number;
  lead: string;
  items: SideItem[];
  analysis: string;
  conclusion: string;
};

export type Difference =
  | { kind: "date" | "tags" | "categories" | "issue" | "itemCount" }
  | { kind: "missingItem"; index: number; missingIn: Locale }
  | { kind: "sourceOnlyIn"; index: number; locale: Locale; url: string }
  | { kind: "stale"; locale: Locale }
  | { kind: "missingTranslation"; locale: Locale };

export type Comparison = { slug: string; sides: Partial<Record<Locale, Side>>; differences: Difference[]; issues: ContentIssue[] };

const day = (d: Post["date"]) => (d.hasTime ? d.iso.replace("T", " ") : d.wall.slice(0, 10));
const lastChange = (e: Entry) => (e.meta!.updated ?? e.meta!.date).time;
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

function sideOf(entry: Entry, now: number): Side | null {
  const { meta, summary } = entry;
  if (!meta) return null;
  const urlOf = (n: number) => summary?.sources[n - 1]?.url ?? "";
  return {
    locale: entry.locale,
    file: entry.file,
    editorUrl: `vscode://file${entryPath(entry).replace(/\\/g, "/").replace(/^(?!\/)/, "/")}`,
    status: statusOf(entry, now),
    title: meta.title,
    date: day(meta.date),
    tags: meta.tags,
    categories: meta.categories,
    issue: meta.issue,
    lead: summary?.lead ?? "",
    items: (summary?.items ?? []).map((i) => ({ id: i.id, title: i.title, sources: i.sources.map(urlOf) })),
    analysis: summary?.analysis ?? "",
    conclusion: summary?.conclusion ?? "",
  };
}

export function compareTranslations(
  slug: string,
  snapshot: { entries: Entry[]; problems: ContentIssue[]; taxonomy?: Taxonomy },
  now = Date.now(),
): Comparison | null {
  const entries = snapshot.entries.filter((e) => e.slug === slug);
  if (entries.length === 0) return null;
  const files = new Set(entries.map((e) => e.file));
  const readSource = (file: string) => {
    const entry = entries.find((e) => e.file === file);
    try {
      return entry ? readFileSync(entryPath(entry), "utf8") : null;
    } catch {
      return null;
    }
  };
  const issues = checkContent(
    entries,
    snapshot.problems.filter((p) => files.has(p.file)),
    { readSource, taxonomy: snapshot.taxonomy },
  );
  const sides: Partial<Record<Locale, Side>> = {};
  for (const e of entries) {
    const side = sideOf(e, now);
    if (side) sides[e.locale] = side;
  }
  const differences: Difference[] = [];
  for (const locale of routing.locales) if (!entries.some((e) => e.locale === locale)) differences.push({ kind: "missingTranslation", locale });
  const [a, b] = routing.locales.map((l) => sides[l]);
  if (a && b) {
    if (a.date !== b.date) differences.push({ kind: "date" });
    if (!sameSet(a.tags, b.tags)) differences.push({ kind: "tags" });
    if (!sameSet(a.categories, b.categories)) differences.push({ kind: "categories" });
    if (a.issue !== b.issue) differences.push({ kind: "issue" });
    if (a.items.length !== b.items.length) differences.push({ kind: "itemCount" });
    for (let i = 0; i < Math.max(a.items.length, b.items.length); i++) {
      const [x, y] = [a.items[i], b.items[i]];
      if (!x || !y) {
        differences.push({ kind: "missingItem", index: i, missingIn: x ? b.locale : a.locale });
        continue;
      }
      for (const url of x.sources) if (!y.sources.includes(url)) differences.push({ kind: "sourceOnlyIn", index: i, locale: a.locale, url });
      for (const url of y.sources) if (!x.sources.includes(url)) differences.push({ kind: "sourceOnlyIn", index: i, locale: b.locale, url });
    }
    // As content:check says: a later `updated` on one side leaves the other behind.
    const [ea, eb] = routing.locales.map((l) => entries.find((e) => e.locale === l)!);
    if (ea!.meta!.updated && ea!.meta!.updated.time > lastChange(eb!)) differences.push({ kind: "stale", locale: b.locale });
    if (eb!.meta!.updated && eb!.meta!.updated.time > lastChange(ea!)) differences.push({ kind: "stale", locale: a.locale });
  }
  return { slug, sides, differences, issues };
}
