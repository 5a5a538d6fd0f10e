import { routing } from "@/i18n/routing";
import { frontMatterLine } from "./front-matter";
import type { ContentIssue } from "./issues";
import type { Entry } from "./store";

/** The next free issue number: one more than the highest any post (draft or not) has taken. */
export function nextIssueNumber(entries: Pick<Entry, "meta">[]): number {
  let max = 0;
  for (const e of entries) if (e.meta?.issue && e.meta.issue > max) max = e.meta.issue;
  return max + 1;
}

/**
 * Issue numbers are cited (第 12 期), so each belongs to one post, and both
 * languages of a post carry the same one. Errors: the build fails on them.
 */
export function issueNumberProblems(entries: Entry[], readSource: (file: string) => string | null): ContentIssue[] {
  const problems: ContentIssue[] = [];
  const at = (e: Entry, message: string): ContentIssue => {
    const raw = readSource(e.file);
    return { file: e.file, line: frontMatterLine(raw, "issue") ?? frontMatterLine(raw, "date") ?? 1, column: 1, severity: "error", message };
  };
  const valid = entries.filter((e) => e.meta);
  const next = nextIssueNumber(valid);

  // The oldest post keeps a number; every later one that repeats it is wrong.
  const owner = new Map<number, Entry>();
  const byAge = [...valid].sort((a, b) => a.meta!.date.time - b.meta!.date.time || a.slug.localeCompare(b.slug));
  for (const e of byAge) {
    const n = e.meta!.issue;
    if (n === undefined) continue;
    const first = owner.get(n);
    if (!first) owner.set(n, e);
    else if (first.slug !== e.slug) {
      problems.push(at(e, `issue ${n} is already the number of "${first.slug}" (${first.file}); give this post its own number (the next free one is ${next})`));
    }
  }

  const bySlug = new Map<string, Entry[]>();
  for (const e of valid) bySlug.set(e.slug, [...(bySlug.get(e.slug) ?? []), e]);
  for (const group of bySlug.values()) {
    const reference = group.find((e) => e.locale === routing.defaultLocale) ?? group[0]!;
    for (const e of group) {
      if (e === reference || e.meta!.issue === reference.meta!.issue) continue;
      const name = reference.file.slice(reference.file.lastIndexOf("/") + 1);
      const theirs = reference.meta!.issue;
      problems.push(
        at(e, theirs === undefined
          ? `issue differs from ${name}, which has no issue number; translations share one number: set it in both files or in neither`
          : `issue differs from ${name} (issue: ${theirs}); translations share one number: write issue: ${theirs}`),
      );
    }
  }
  return problems;
}
