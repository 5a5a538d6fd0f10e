import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Locale } from "@/i18n/routing";
import {
  checkContent, checkedFiles, placeholderIssues, sortIssues, summarize, translationIssues,
} from "@/lib/content/check";
import { frontMatterLine } from "@/lib/content/front-matter";
import type { ContentIssue } from "@/lib/content/issues";
import type { Entry } from "@/lib/content/store";
import { ROOT, runScript, tempDir, write, type Run } from "./cli";
import { parsePost } from "./helpers";

/** An Entry as the store builds it, from a file's text. */
function entry(file: string, raw: string): Entry {
  const [, slug, locale, format] = /^content\/posts\/([^/]+)\/(\w+)\.(md|mdx)$/.exec(file)!;
  const post = parsePost(raw, file, format as Entry["format"]);
  return {
    slug: slug!, locale: locale as Locale, file, format: format as Entry["format"],
    meta: post.data, summary: post.summary, body: post.body, issues: post.issues, readingMinutes: 1, mtimeMs: 0,
    images: {}, media: new Map(), imageDependencies: [],
  };
}

const fm = (fields: string) => `---\ntitle: T\n${fields}---\n\nLead.\n`;
const pair = (zh: string, en: string) => {
  const files = { "content/posts/p/zh.md": fm(zh), "content/posts/p/en.md": fm(en) };
  return {
    entries: Object.entries(files).map(([f, raw]) => entry(f, raw)),
    readSource: (f: string) => files[f as keyof typeof files] ?? null,
  };
};
const messages = (issues: ContentIssue[]) => issues.map((i) => `${i.file}:${i.line} ${i.severity}: ${i.message}`);

describe("checkContent: translations", () => {
  test("a post in one language gets a missing-translation warning; a pair does not", () => {
    const zhOnly = [entry("content/posts/a/zh.md", fm("date: 2026-01-18\n"))];
    expect(messages(translationIssues(zhOnly))).toEqual([
      'content/posts/a/zh.md:1 warning: missing translation: "a" has no en version yet (en.md or en.mdx); the en site will say so',
    ]);
    const { entries } = pair("date: 2026-01-18\n", "date: 2026-01-18\n");
    expect(translationIssues(entries)).toEqual([]);
  });

  test("dates are compared as dates: the same day with and without a time agree", () => {
    expect(translationIssues(pair("date: 2026-01-18\n", "date: 2026-01-18 08:30:00 +0800\n").entries)).toEqual([]);
    expect(translationIssues(pair("date: 2026-01-18 08:30 +0800\n", "date: 2026-01-18T00:30:00Z\n").entries)).toEqual([]);
    const { entries, readSource } = pair("date: 2026-01-18\n", "date: 2026-01-19\n");
    expect(messages(translationIssues(entries, readSource))).toEqual([
      "content/posts/p/en.md:3 warning: date 2026-01-19 differs from zh.md (2026-01-18); translations share one publication date",
    ]);
  });

  test("tags are compared as sets, naming what is missing and what is extra", () => {
    expect(translationIssues(pair("date: 2026-01-18\ntags: [b, a]\n", "date: 2026-01-18\ntags: a b\n").entries)).toEqual([]);
    const { entries, readSource } = pair("date: 2026-01-18\ntags: [kubernetes, 云原生]\n", "date: 2026-01-18\ntags:\n  - kubernetes\n  - cloud-native\n");
    expect(messages(translationIssues(entries, readSource))).toEqual([
      'content/posts/p/en.md:4 warning: tags differ from zh.md: this file lacks "云原生" and has extra "cloud-native"; translations share their tags',
    ]);
  });

  test("sources are compared as URLs", () => {
    expect(translationIssues(pair("date: 2026-01-18\nsource: https://Example.org\n", "date: 2026-01-18\nsource: 'https://example.org/'\n").entries)).toEqual([]);
    const differ = pair("date: 2026-01-18\nsource: https://a.org/x\n", "date: 2026-01-18\nsource: https://a.org/y\n");
    expect(messages(translationIssues(differ.entries, differ.readSource))).toEqual([
      "content/posts/p/en.md:4 warning: source https://a.org/y differs from zh.md (https://a.org/x); translations cite the same main source",
    ]);
    const missing = pair("date: 2026-01-18\nsource: https://a.org/x\n", "date: 2026-01-18\n");
    expect(messages(translationIssues(missing.entries, missing.readSource))).toEqual([
      "content/posts/p/en.md:1 warning: source is missing but zh.md cites https://a.org/x; translations cite the same main source",
    ]);
  });

  test("a translation older than the other language's update is stale", () => {
    const { entries, readSource } = pair("date: 2026-01-18\nupdated: 2026-02-01\n", "date: 2026-01-18\n");
    expect(messages(translationIssues(entries, readSource))).toEqual([
      "content/posts/p/en.md:3 warning: translation may be out of date: zh.md was updated on 2026-02-01, after this file (2026-01-18); bring it up to date and set updated: 2026-02-01",
    ]);
    // The other way round, comparing both `updated` values.
    const enNewer = pair("date: 2026-01-18\nupdated: 2026-01-20\n", "date: 2026-01-18\nupdated: 2026-01-25 10:00:00 +0800\n");
    expect(messages(translationIssues(enNewer.entries, enNewer.readSource))).toEqual([
      "content/posts/p/zh.md:4 warning: translation may be out of date: en.md was updated on 2026-01-25 10:00:00+08:00, after this file (2026-01-20); bring it up to date and set updated: 2026-01-25 10:00:00+08:00",
    ]);
    // Updated together, or a translation dated after the other's update: not stale.
    expect(translationIssues(pair("date: 2026-01-18\nupdated: 2026-02-01\n", "date: 2026-01-18\nupdated: 2026-02-01\n").entries)).toEqual([]);
    expect(translationIssues(pair("date: 2026-01-18\nupdated: 2026-01-19\n", "date: 2026-01-18\nupdated: 2026-01-20\nx: 1\n").entries)
      .map((i) => i.file)).toEqual(["content/posts/p/zh.md"]);
  });

  test("disagreements go on the stale file when there is one", () => {
    const { entries, readSource } = pair("date: 2026-01-18\ntags: [a]\n", "date: 2026-01-18\nupdated: 2026-02-01\ntags: [a, b]\n");
    expect(messages(translationIssues(entries, readSource))).toEqual([
      "content/posts/p/zh.md:3 warning: translation may be out of date: en.md was updated on 2026-02-01, after this file (2026-01-18); bring it up to date and set updated: 2026-02-01",
      'content/posts/p/zh.md:4 warning: tags differ from en.md: this file lacks "b"; translations share their tags',
    ]);
  });

  test("a translation with broken front matter is only reported for itself", () => {
    const entries = [entry("content/posts/p/zh.md", fm("date: 2026-01-18\n")), entry("content/posts/p/en.md", "---\ntitle: [\n---\n")];
    expect(entries[1]!.meta).toBeNull();
    expect(translationIssues(entries)).toEqual([]);
    expect(checkContent(entries, []).every((i) => i.file === "content/posts/p/en.md" && i.severity === "error")).toBe(true);
  });
});

describe("checkContent: report", () => {
  const issue = (file: string, line: number, column: number, severity: ContentIssue["severity"], message = "m"): ContentIssue =>
    ({ file, line, column, severity, message });

  test("issues are sorted by file, line and column, errors first, without duplicates", () => {
    const sorted = sortIssues([
      issue("content/posts/b/zh.md", 1, 1, "warning"),
      issue("content/posts/a/zh.md", 10, 1, "error"),
      issue("content/posts/a/zh.md", 2, 5, "warning"),
      issue("content/posts/a/zh.md", 2, 5, "error"),
      issue("content/posts/a/zh.md", 2, 5, "error"),
      issue("content/posts/a/en.md", 3, 1, "error"),
    ]);
    expect(sorted.map((i) => `${i.file}:${i.line}:${i.column} ${i.severity}`)).toEqual([
      "content/posts/a/en.md:3:1 error",
      "content/posts/a/zh.md:2:5 error",
      "content/posts/a/zh.md:2:5 warning",
      "content/posts/a/zh.md:10:1 error",
      "content/posts/b/zh.md:1:1 warning",
    ]);
  });

  test("checkContent merges store problems, entry issues and compile issues", () => {
    const e = entry("content/posts/p/zh.md", fm("date: 2026-13-45\n"));
    const problem = issue("content/posts/p/fr.md", 1, 1, "error", "unknown locale");
    const compiled = [issue("content/posts/p/zh.md", 6, 1, "error", "MDX render: x is not defined"), ...e.issues];
    const all = checkContent([e], [problem], { compiled });
    expect(all.map((i) => `${i.file}:${i.line}:${i.column} ${i.severity}`)).toEqual([
      "content/posts/p/fr.md:1:1 error",
      "content/posts/p/zh.md:1:1 warning",
      "content/posts/p/zh.md:3:7 error",
      "content/posts/p/zh.md:6:1 error",
    ]);
    expect(checkedFiles([e], [problem])).toBe(2);
  });

  test("summary line", () => {
    expect(summarize([], 1)).toBe("0 errors, 0 warnings in 1 file");
    expect(summarize([issue("f", 1, 1, "error"), issue("f", 1, 1, "warning"), issue("f", 2, 1, "warning")], 14)).toBe(
      "1 error, 2 warnings in 14 files",
    );
  });

  test("placeholder sources are flagged where they are written", () => {
    const raw = `---\ntitle: T\ndate: 2026-01-18\n---\n\nLead.\n\n## Main News\n\n### A\n\n**Source:** [x](https://example.com/)\n`;
    const e = entry("content/posts/p/en.md", raw);
    expect(messages(placeholderIssues([e], () => raw))).toEqual([
      "content/posts/p/en.md:12 warning: source https://example.com/ is a placeholder; link the real article",
    ]);
    expect(placeholderIssues([e], () => raw)[0]!.column).toBe(17);
  });

  test("frontMatterLine finds a key in BOM + CRLF files and ignores the body", () => {
    const raw = "\uFEFF---\r\ntitle: T\r\ntags: a\r\n---\r\ntags: not front matter\r\n";
    expect(frontMatterLine(raw, "tags")).toBe(3);
    expect(frontMatterLine(raw, "source")).toBeNull();
    expect(frontMatterLine("no front matter\ntags: x\n", "tags")).toBeNull();
  });
});

// The command itself, run for real against temp content folders.
describe("npm run content:check", { timeout: 120_000 }, () => {
  let dir = "";
  let run: Run;
  const P = "content/posts";

  beforeAll(() => {
    dir = tempDir("digest-check-");
    const ok = (title: string, extra = "") =>
      `---\ntitle: "${title}"\ndate: 2026-01-18\n${extra}---\n\nLead.\n\n## Main News\n\n### Item\n\nText.\n\n**Source:** [s](https://cncf.io/${encodeURIComponent(title)})\n`;
    write(dir, `${P}/bad-yaml/zh.md`, `---\ntitle: [unclosed\ndate: 2026-01-18\n---\n\nLead.\n`);
    write(dir, `${P}/bad-yaml/en.md`, ok("Bad YAML"));
    write(dir, `${P}/no-title/zh.md`, `---\ndate: 2026-01-18\n---\n\nLead.\n`);
    write(dir, `${P}/no-title/en.md`, ok("No title"));
    write(dir, `${P}/bad-date/zh.md`, `---\ntitle: T\ndate: 2026-13-45\n---\n\nLead.\n`);
    write(dir, `${P}/bad-date/en.md`, ok("Bad date"));
    write(dir, `${P}/js-source/en.md`, ok("JS", 'source: "javascript:alert(1)"\n').replace("https://cncf.io/JS", "javascript:alert(2)"));
    write(dir, `${P}/js-source/zh.md`, ok("JS"));
    write(dir, `${P}/unclosed/en.mdx`, `---\ntitle: T\ndate: 2026-01-18\n---\n\nLead.\n\n<NewsItem title="A">\n\nText.\n`);
    write(dir, `${P}/unclosed/zh.md`, ok("Unclosed"));
    write(dir, `${P}/render/en.mdx`, `---\ntitle: T\ndate: 2026-01-18\n---\n\nLead.\n\nThe value is {undefinedName}.\n`);
    write(dir, `${P}/render/zh.md`, ok("Render"));
    write(dir, `${P}/empty/zh.md`, "");
    write(dir, `${P}/empty/en.md`, ok("Empty"));
    write(dir, `${P}/bom-crlf/zh.md`, `\uFEFF${ok("BOM")}`.replace(/\n/g, "\r\n"));
    write(dir, `${P}/bom-crlf/en.md`, ok("BOM"));
    write(dir, `${P}/names/zh.md`, ok("Names"));
    write(dir, `${P}/names/en.md`, ok("Names"));
    write(dir, `${P}/names/fr.md`, ok("Names"));
    write(dir, `${P}/names/post.md`, ok("Names"));
    write(dir, `${P}/one-language/zh.md`, ok("One"));
    write(dir, `${P}/tags/zh.md`, ok("Tags", "tags: [kubernetes, 云原生]\n"));
    write(dir, `${P}/tags/en.md`, ok("Tags", "tags:\n  - kubernetes\n  - cloud-native\n"));
    write(dir, `${P}/stale/zh.md`, ok("Stale", "updated: 2026-02-01\n"));
    write(dir, `${P}/stale/en.md`, ok("Stale"));
    run = runScript("content-check.ts", [], dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const line = (prefix: string) => run.lines.find((l) => l.startsWith(prefix));

  test("exits 1 and prints every issue, sorted, then a summary", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const body = run.lines.slice(0, -1);
    expect(body.every((l) => /^content\/posts\/[^:]+:\d+:\d+ (error|warning): /.test(l))).toBe(true);
    const key = (l: string) => {
      const [, file, ln, col] = /^([^:]+):(\d+):(\d+)/.exec(l)!;
      return [file!, Number(ln), Number(col)] as const;
    };
    const keys = body.map(key);
    const sortedKeys = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2]));
    expect(keys).toEqual(sortedKeys);
    const errors = body.filter((l) => l.includes(" error: ")).length;
    const warnings = body.filter((l) => l.includes(" warning: ")).length;
    expect(run.lines.at(-1)).toBe(`${errors} errors, ${warnings} warnings in 25 files`);
    expect(errors).toBeGreaterThanOrEqual(9);
  });

  test("front matter: invalid YAML, missing title, impossible date, javascript: source", () => {
    expect(line(`${P}/bad-yaml/zh.md:3:1 error: `)).toMatch(/ error: invalid YAML in front matter/);
    expect(line(`${P}/no-title/zh.md:`)).toMatch(/ error: title is required$/);
    expect(line(`${P}/bad-date/zh.md:3:7 error: `)).toBe(
      `${P}/bad-date/zh.md:3:7 error: date "2026-13-45" is not a valid date; write it as 2026-01-18 or 2026-01-18 08:30:00 +0800`,
    );
    expect(line(`${P}/js-source/en.md:4:`)).toMatch(/ error: source must be an http:\/\/ or https:\/\/ URL$/);
  });

  test("the body is checked even when the front matter is broken", () => {
    expect(line(`${P}/js-source/en.md:15:13 error: `)).toMatch(/javascript:alert\(2\)/);
  });

  test("MDX: unclosed JSX, and an expression, refused where it is written", () => {
    expect(line(`${P}/unclosed/en.mdx:8:1 error: `)).toMatch(/MDX syntax: .*closing tag for `<NewsItem>`/);
    expect(line(`${P}/render/en.mdx:8:14 error: `)).toMatch(/\{…\} expressions are not allowed in posts/);
  });

  test("empty file, and file names that are not a locale", () => {
    expect(line(`${P}/empty/zh.md:1:1 error: `)).toMatch(/file is empty/);
    expect(line(`${P}/names/fr.md:1:1 error: `)).toMatch(/unknown locale "fr"/);
    expect(line(`${P}/names/post.md:1:1 error: `)).toMatch(/file name must be zh\.md, en\.md/);
  });

  test("a BOM + CRLF file is valid", () => {
    expect(run.lines.filter((l) => l.startsWith(`${P}/bom-crlf/`))).toEqual([]);
  });

  test("cross-file warnings: missing translation, disagreeing tags, stale translation", () => {
    expect(line(`${P}/one-language/zh.md:1:1 warning: `)).toBe(
      `${P}/one-language/zh.md:1:1 warning: missing translation: "one-language" has no en version yet (en.md or en.mdx); the en site will say so`,
    );
    expect(line(`${P}/tags/en.md:4:1 warning: `)).toBe(
      `${P}/tags/en.md:4:1 warning: tags differ from zh.md: this file lacks "云原生" and has extra "cloud-native"; translations share their tags`,
    );
    expect(line(`${P}/stale/en.md:3:1 warning: `)).toMatch(/translation may be out of date: zh\.md was updated on 2026-02-01/);
    expect(run.lines.filter((l) => l.includes("missing translation"))).toHaveLength(1);
  });

  test("a clean folder exits 0; DIGEST_CONTENT_DIR points the check elsewhere", () => {
    const other = tempDir("digest-check-env-");
    try {
      const raw = readFileSync(path.join(ROOT, "e2e/fixtures/posts/sovereign-edge-ai-kubernetes/zh.md"));
      write(other, "elsewhere/posts/seed/zh.md", raw);
      write(other, "elsewhere/posts/seed/en.md", readFileSync(path.join(ROOT, "e2e/fixtures/posts/sovereign-edge-ai-kubernetes/en.md")));
      const clean = runScript("content-check.ts", [], other, { DIGEST_CONTENT_DIR: path.join(other, "elsewhere/posts") });
      expect(clean.lines).toEqual(["0 errors, 0 warnings in 2 files"]);
      expect(clean.status).toBe(0);
      const missing = runScript("content-check.ts", [], other, { DIGEST_CONTENT_DIR: path.join(other, "nowhere") });
      expect(missing.status).toBe(1);
      expect(missing.stderr).toMatch(/no content folder at nowhere/);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
