// What `npm run content:check` adds on top of the per-file issues the store
// already found: problems that only show when the two languages of a post are
// read side by side. Pure (no fs), so it is tested without touching the disk.
import { routing, type Locale } from "@/i18n/routing";
import { citedBeforeIssues } from "./cited-before";
import type { PostDate } from "./dates";
import { frontMatterLine } from "./front-matter";
import type { ContentIssue } from "./issues";
import type { Entry } from "./store";
import { unnamedTerms, type Taxonomy } from "./taxonomy";

type CheckOptions = {
  /** Issues from compiling (and rendering) each post; merged without duplicates. */
  compiled?: ContentIssue[];
  /** The raw text of a post file, to point warnings at the right front-matter line. */
  readSource?: (file: string) => string | null;
  /** Names of tags and categories (content/taxonomy.yml): a term without one is a warning. */
  taxonomy?: Taxonomy;
};

const basename = (file: string) => file.slice(file.lastIndexOf("/") + 1);


const showDate = (d: PostDate) => (d.hasTime ? d.iso.replace("T", " ") : d.wall.slice(0, 10));

/** Same day when either side gives only a day; the same instant when both give a time. */
function sameDate(a: PostDate, b: PostDate) {
  return a.hasTime && b.hasTime ? a.time === b.time : a.wall.slice(0, 10) === b.wall.slice(0, 10);
}

function normaliseUrl(url: string | undefined) {
  if (url === undefined) return undefined;
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

const lastChange = (e: Entry) => e.meta!.updated ?? e.meta!.date;

/** Hosts reserved for examples (RFC 2606): a source there is a template leftover. */
const PLACEHOLDER_HOST = /(^|\.)(example\.(com|net|org)|example|invalid|test|localhost)$/i;

export function translationIssues(entries: Entry[], readSource: CheckOptions["readSource"] = () => null): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const bySlug = new Map<string, Entry[]>();
  for (const e of entries) bySlug.set(e.slug, [...(bySlug.get(e.slug) ?? []), e]);

  const at = (e: Entry, key: string | null, message: string): ContentIssue => ({
    file: e.file,
    line: (key && frontMatterLine(readSource(e.file), key)) || 1,
    column: 1,
    severity: "warning",
    message,
  });

  for (const [slug, group] of bySlug) {
    const present = new Set<Locale>(group.map((e) => e.locale));
    for (const e of group) {
      for (const other of routing.locales.filter((l) => !present.has(l))) {
        issues.push(at(e, null, `missing translation: "${slug}" has no ${other} version yet (${other}.md or ${other}.mdx); the ${other} site will say so`));
      }
    }

    const valid = group.filter((e) => e.meta);
    for (let i = 0; i < valid.length; i++) {
      for (const b of valid.slice(i + 1)) {
        const a = valid[i]!;
        // A later `updated` on one side means the other has not caught up.
        const aNewer = a.meta!.updated !== undefined && a.meta!.updated.time > lastChange(b).time;
        const bNewer = b.meta!.updated !== undefined && b.meta!.updated.time > lastChange(a).time;
        const stale = aNewer ? b : bNewer ? a : null;
        if (stale) {
          const fresh = stale === a ? b : a;
          issues.push(
            at(stale, stale.meta!.updated ? "updated" : "date",
              `translation may be out of date: ${basename(fresh.file)} was updated on ${showDate(fresh.meta!.updated!)}, after this file (${showDate(lastChange(stale))}); bring it up to date and set updated: ${showDate(fresh.meta!.updated!)}`),
          );
        }
        // Disagreements are reported once: on the stale file, else on the translation of the default locale.
        const target = stale ?? (b.locale === routing.defaultLocale ? a : b);
        const ref = target === a ? b : a;
        const refName = basename(ref.file);
        if (!sameDate(target.meta!.date, ref.meta!.date)) {
          issues.push(at(target, "date", `date ${showDate(target.meta!.date)} differs from ${refName} (${showDate(ref.meta!.date)}); translations share one publication date`));
        }
        const tags = new Set(target.meta!.tags.map((t) => t.normalize("NFC")));
        const refTags = new Set(ref.meta!.tags.map((t) => t.normalize("NFC")));
        const missing = [...refTags].filter((t) => !tags.has(t));
        const extra = [...tags].filter((t) => !refTags.has(t));
        if (missing.length + extra.length > 0) {
          const parts = [
            missing.length ? `lacks ${missing.map((t) => `"${t}"`).join(", ")}` : "",
            extra.length ? `has extra ${extra.map((t) => `"${t}"`).join(", ")}` : "",
          ].filter(Boolean);
          issues.push(at(target, "tags", `tags differ from ${refName}: this file ${parts.join(" and ")}; translations share their tags`));
        }
        const source = normaliseUrl(target.meta!.source);
        const refSource = normaliseUrl(ref.meta!.source);
        if (source !== refSource) {
          const message =
            source === undefined ? `source is missing but ${refName} cites ${refSource}; translations cite the same main source`
            : refSource === undefined ? `source ${source} is not in ${refName}; translations cite the same main source`
            : `source ${source} differs from ${refName} (${refSource}); translations cite the same main source`;
          issues.push(at(target, "source", message));
        }
      }
    }
  }
  return issues;
}

/** Where each host is first written after `http://` or `https://` in a file, lowercased, read in one pass. */
function hostPositions(raw: string): Map<string, { line: number; column: number }> {
  const found = new Map<string, { line: number; column: number }>();
  raw.split(/\r\n?|\n/).forEach((text, i) => {
    for (const m of text.matchAll(/https?:\/\/([^\s/?#\\)\]>"'<`]+)/gi)) {
      const host = m[1]!.slice(m[1]!.lastIndexOf("@") + 1).replace(/:\d*$/, "").toLowerCase();
      if (!found.has(host)) found.set(host, { line: i + 1, column: m.index + 1 });
    }
  });
  return found;
}

/**
 * Sources still pointing at example.com and the like, e.g. from the `npm run
 * new` template. Each file is read and searched once, however many sources
 * it has: a post of thousands must not cost thousands of passes over it.
 */
export function placeholderIssues(entries: Entry[], readSource: CheckOptions["readSource"] = () => null): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const e of entries) {
    let positions: Map<string, { line: number; column: number }> | undefined;
    for (const s of e.summary?.sources ?? []) {
      let host = "";
      try {
        host = new URL(s.url).hostname;
      } catch {
        continue;
      }
      if (!PLACEHOLDER_HOST.test(host)) continue;
      positions ??= hostPositions(readSource(e.file) ?? "");
      const at = positions.get(host) ?? { line: 1, column: 1 };
      issues.push({ file: e.file, ...at, severity: "warning", message: `source ${s.url} is a placeholder; link the real article` });
    }
  }
  return issues;
}

const severityRank = { error: 0, warning: 1 } as const;

/** Drops exact duplicates and sorts by file, line, column, errors first. */
export function sortIssues(issues: ContentIssue[]): ContentIssue[] {
  const seen = new Set<string>();
  return issues
    .filter((i) => {
      const key = `${i.file}\0${i.line}\0${i.column}\0${i.severity}\0${i.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      severityRank[a.severity] - severityRank[b.severity] ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
    );
}

/** Every issue in the content, per file and across translations, in report order. */
export function checkContent(entries: Entry[], problems: ContentIssue[], options: CheckOptions = {}): ContentIssue[] {
  return sortIssues([
    ...problems,
    ...entries.flatMap((e) => e.issues),
    ...(options.compiled ?? []),
    ...translationIssues(entries, options.readSource),
    ...placeholderIssues(entries, options.readSource),
    ...citedBeforeIssues(entries, options.readSource),
    ...(options.taxonomy?.present ? unnamedTermIssues(entries, options.taxonomy, options.readSource) : []),
  ]);
}

/** A tag or category without a name in taxonomy.yml shows its slug to readers: a warning at the post's tags:/categories: line. */
export function unnamedTermIssues(entries: Entry[], taxonomy: Taxonomy, readSource: CheckOptions["readSource"] = () => null): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const e of entries) {
    if (!e.meta) continue;
    for (const kind of ["tags", "categories"] as const) {
      const missing = unnamedTerms(taxonomy, kind, e.meta[kind]);
      if (missing.length === 0) continue;
      const what = kind === "tags" ? "tag" : "category";
      issues.push({
        file: e.file,
        line: frontMatterLine(readSource(e.file), kind) ?? 1,
        column: 1,
        severity: "warning",
        message: `${missing.map((m) => `${what} "${m}"`).join(", ")} ${missing.length === 1 ? "has" : "have"} no name in taxonomy.yml, so readers see the slug; add ${missing.map((m) => `${m}: { zh: …, en: … }`).join(", ")} under ${kind}:`,
      });
    }
  }
  return issues;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** `2 errors, 3 warnings in 14 files`. */
export function summarize(issues: ContentIssue[], files: number): string {
  const errors = issues.filter((i) => i.severity === "error").length;
  return `${plural(errors, "error")}, ${plural(issues.length - errors, "warning")} in ${plural(files, "file")}`;
}

/** The files the check looked at: every post file, read or rejected. */
export function checkedFiles(entries: Entry[], problems: ContentIssue[]): number {
  return new Set([...entries.map((e) => e.file), ...problems.map((p) => p.file)]).size;
}
