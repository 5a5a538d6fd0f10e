// A source cited by an earlier issue is worth a word: the story may have
// been covered already (content:check warns; the inbox marks candidates).
// Read from each post's summary, so the index costs no parsing.
import { storyKey } from "@/lib/editor/normalise-url";
import type { ContentIssue } from "./issues";
import { postLinks } from "./post-links";
import type { Entry } from "./store";

export type Citation = {
  issue: number;
  slug: string;
  locale: Entry["locale"];
  /** Ms since the epoch: the post's date. */
  time: number;
  /** The news item citing it; none when only the front-matter `source` does. */
  item?: { id: string; n: number; title: string };
};

/** Every source of every numbered issue, by story key (lib/editor/normalise-url.ts), oldest issue first. */
export function citationIndex(entries: Entry[]): Map<string, Citation[]> {
  const index = new Map<string, Citation[]>();
  for (const e of entries) {
    const issue = e.meta?.issue;
    if (issue === undefined || !e.summary) continue;
    for (const s of e.summary.sources) {
      const i = e.summary.items.findIndex((item) => item.sources.includes(s.n));
      const item = i >= 0 ? { id: e.summary.items[i]!.id, n: i + 1, title: e.summary.items[i]!.title } : undefined;
      const key = storyKey(s.url);
      index.set(key, [...(index.get(key) ?? []), { issue, slug: e.slug, locale: e.locale, time: e.meta!.date.time, ...(item ? { item } : {}) }]);
    }
  }
  for (const list of index.values()) list.sort((a, b) => a.issue - b.issue);
  return index;
}

/** Whether `other` is an issue before `entry`: a lower number, or (for a post without one) an earlier date. */
function isEarlier(other: Citation, entry: Entry): boolean {
  if (other.slug === entry.slug) return false;
  const own = entry.meta!.issue;
  return own !== undefined ? other.issue < own : other.time < entry.meta!.date.time;
}

/** Warnings at each source line citing a URL an earlier issue already cited, naming that issue and item. */
export function citedBeforeIssues(entries: Entry[], readSource: (file: string) => string | null = () => null): ContentIssue[] {
  const index = citationIndex(entries);
  const issues: ContentIssue[] = [];
  for (const e of entries) {
    if (!e.meta) continue;
    // Only a post with such a source is parsed again for the places of its links.
    if (!e.summary?.sources.some((s) => (index.get(storyKey(s.url)) ?? []).some((c) => isEarlier(c, e)))) continue;
    const reported = new Set<string>();
    for (const link of postLinks(e, readSource(e.file))) {
      if (!link.source) continue;
      const key = storyKey(link.url);
      const earlier = (index.get(key) ?? []).filter((c) => isEarlier(c, e));
      if (earlier.length === 0 || reported.has(key)) continue;
      reported.add(key);
      // The same language's post, when the earlier issue has one.
      const first = earlier.find((c) => c.issue === earlier[0]!.issue && c.locale === e.locale) ?? earlier[0]!;
      const where = first.item ? `news item ${first.item.n} "${first.item.title}" (#${first.item.id})` : "its front-matter source";
      issues.push({
        file: e.file,
        line: link.line,
        column: link.column,
        severity: "warning",
        message: `source ${link.url} was already cited in issue ${first.issue} (${first.slug}, ${where}); make sure the story is new, or say what changed since`,
      });
    }
  }
  return issues;
}
