import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parseFrontMatter } from "@/lib/content/front-matter";
import { formatIssue } from "@/lib/content/issues";
import { MAX_POST_BYTES } from "@/lib/content/post-size";
import { parseTaxonomy } from "@/lib/content/taxonomy";
import { runScript, tempDir, write, type Run } from "./cli";

// Front matter and taxonomy.yml a contributor could send to break the feeds,
// a term's folder, or the check's own output. Each is an error where it is written.
const FILE = "content/posts/p/en.md";
const at = (raw: string) => parseFrontMatter(FILE, raw).issues.map((i) => `${i.line}:${i.column} ${i.message}`);
const post = (fields: string) => `---\ntitle: T\ndate: 2026-01-18\n${fields}---\n\nLead.\n`;

describe("control characters", () => {
  test("in any front-matter value, written raw or as a YAML escape, are an error at the value", () => {
    for (const [field, value] of [["author", '"Eve \\x01"'], ["summary", '"a\\u007Fb"'], ["source", '"https://a.org/\\x85"'], ["title", '"\\uFFFE"'], ["author", "Eve \u0002"]] as const) {
      const raw = post(`${field}: ${value}\n`).replace("title: T\n", field === "title" ? "" : "title: T\n");
      const line = raw.split("\n").findIndex((l) => l.startsWith(`${field}:`)) + 1;
      expect(at(raw)).toContainEqual(expect.stringMatching(new RegExp(`^${line}:${field.length + 3} control character U\\+`)));
      expect(parseFrontMatter(FILE, raw).data).toBeNull();
    }
    expect(at(post('tags: [ok, "b\\x1b"]\ncategories:\n  - "c\\x00"\n'))).toEqual([
      expect.stringMatching(/^4:12 control character U\+001B/),
      expect.stringMatching(/^6:5 control character U\+0000/),
      expect.stringMatching(/^6:5 category /),
      expect.stringMatching(/^4:12 tag /),
    ]);
  });

  test("tabs and line breaks stay allowed where YAML writes them", () => {
    expect(at(post('summary: "one\\ttwo"\nauthor: |\n  A\n  B\n'))).toEqual([]);
  });

  test("in taxonomy.yml names, descriptions and keys", () => {
    const issues = parseTaxonomy("content/taxonomy.yml", 'tags:\n  a: { zh: "A\\x07", en: A }\n  b: { zh: B, en: B, description: { en: "\\u009B" } }\n').issues;
    expect(issues.map((i) => `${i.line}:${i.column} ${i.message.slice(0, 24)}`)).toEqual(["2:12 control character U+0007", "3:41 control character U+009B"]);
  });
});

describe("tags and categories are slugs", () => {
  test("a term that is not slug-shaped is an error at the term", () => {
    for (const bad of ["..", ".", "./x", "a/b", "50%", "a?b", "#x", ".hidden", "x.", "Kubernetes", "a--b", "-a"]) {
      expect(at(post(`tags: ["${bad}"]\n`))).toEqual([expect.stringMatching(new RegExp(`^4:8 tag "${bad.replace(/[.?]/g, "\\$&")}" must be a slug`))]);
    }
    expect(at(post("categories:\n  - fine\n  - ..\n"))).toEqual([expect.stringMatching(/^6:5 category "\.\." must be a slug/)]);
    expect(at(post("tags: ok .. fine\n"))).toEqual([expect.stringMatching(/^4:7 tag "\.\." must be a slug/)]);
  });

  test("Chinese terms, digits and single hyphens are slugs", () => {
    expect(at(post("tags: [云原生, 边缘计算, k8s-1-33, 2026]\ncategories: 社区\n"))).toEqual([]);
  });

  test("taxonomy.yml keys follow the same rule", () => {
    const issues = parseTaxonomy("content/taxonomy.yml", 'tags:\n  ok: { zh: A, en: A }\n  "..": { zh: B, en: B }\ncategories:\n  a/b: { zh: C, en: C }\n').issues;
    expect(issues.map((i) => `${i.line}:${i.column} ${i.message}`)).toEqual([
      '3:3 tags: ".." is not a slug: lowercase letters (Chinese too), digits and single hyphens, as posts write it',
      '5:3 categories: "a/b" is not a slug: lowercase letters (Chinese too), digits and single hyphens, as posts write it',
    ]);
  });
});

describe("diagnostics are one line each", () => {
  test("line breaks and control characters in a message or a path are escaped", () => {
    const forged = "2026-01-18\n::error file=content/posts/x/zh.md,line=1::forged";
    const [issue] = parseFrontMatter(FILE, post("").replace("2026-01-18", JSON.stringify(forged)).replace("title: T\ndate: 2026-01-18\n", "title: T\n")).issues;
    expect(formatIssue(issue!)).toBe(`${FILE}:3:7 error: date "2026-01-18\\n::error file=content/posts/x/zh.md,line=1::forged" is not a valid date; write it as 2026-01-18 or 2026-01-18 08:30:00 +0800`);
    const odd = { file: "a\r\nb\u2028c", line: 1, column: 1, severity: "error" as const, message: "\u0000\u001b[2J\u0085\t" };
    expect(formatIssue(odd)).toBe("a\\r\\nb\\u2028c:1:1 error: \\u0000\\u001b[2J\\u0085\\t");
  });
});

// The command itself: no line it prints can be forged by a post, and what it refuses it names.
describe("npm run content:check", { timeout: 120_000 }, () => {
  let dir = "";
  let run: Run;
  const P = "content/posts";
  beforeAll(() => {
    dir = tempDir("digest-hostile-meta-");
    write(dir, `${P}/forged/en.md`, `---\ntitle: T\ndate: "2026-01-18\\n::error file=${P}/forged/en.md,line=1::forged"\n---\n\nLead.\n`);
    write(dir, `${P}/dots/en.md`, post('author: "Eve \\x01"\ntags: [kubernetes, ".."]\n'));
    write(dir, `${P}/large/en.md`, post("").padEnd(MAX_POST_BYTES + 1, "x"));
    write(dir, `${P}/x\n::error file=a::b/en.md`, post(""));
    write(dir, "content/taxonomy.yml", 'tags:\n  "..": { zh: 点, en: "Dots\\x01" }\n');
    run = runScript("content-check.ts", [], dir);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("every line is a diagnostic or the summary; each refusal is where it is written", () => {
    expect(run.status).toBe(1);
    for (const line of run.lines.slice(0, -1)) expect(line).toMatch(/^content\/.*?:\d+:\d+ (error|warning): /);
    expect(run.lines.at(-1)).toMatch(/^\d+ errors?, \d+ warnings? in \d+ files?$/);
    const errors = run.lines.filter((l) => l.includes(" error: ")).map((l) => l.replace(/: .*/s, "").replace(/ error$/, ""));
    expect(errors).toEqual([
      `${P}/dots/en.md:4:9`, `${P}/dots/en.md:5:20`, `${P}/forged/en.md:3:7`, `${P}/large/en.md:1:1`,
      `${P}/x\\n::error file=a::b/en.md:1:1`, "content/taxonomy.yml:2:3", "content/taxonomy.yml:2:22",
    ]);
    expect(run.stdout).toContain("a post may be at most 1.0 MB");
  });
});
