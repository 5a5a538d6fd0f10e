import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { nextIssueNumber } from "@/lib/content/issue-numbers";
import { parseFrontMatter } from "@/lib/content/front-matter";
import { loadAll } from "@/lib/content/store";
import { withTempProject } from "./cli";

const project = withTempProject("digest-issues-");

function write(rel: string, text: string) {
  const abs = path.join(project.dir, "content", "posts", rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, text);
}
const post = (date: string, issue?: number | string) => `---\ntitle: "T"\ndate: ${date}\n${issue === undefined ? "" : `issue: ${issue}\n`}---\n\nLead.\n`;
const lines = () => loadAll().problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity}: ${p.message}`);

describe("issue numbers", () => {
  test("front matter: a positive whole number", () => {
    const parse = (v: string) => parseFrontMatter("f.md", post("2026-01-18", v));
    expect(parse("12").data?.issue).toBe(12);
    expect(parseFrontMatter("f.md", post("2026-01-18")).data?.issue).toBeUndefined();
    expect(parse("0").issues[0]).toMatchObject({ line: 4, message: "issue must be 1 or more" });
    expect(parse("1.5").issues[0]?.message).toMatch(/whole number/);
    expect(parse('"twelve"').issues[0]?.message).toMatch(/whole number/);
  });

  test("a number used by two posts is an error on the newer one, naming the older and the next free number", () => {
    write("old/zh.md", post("2026-01-04", 7));
    write("old/en.md", post("2026-01-04", 7));
    write("new/zh.md", post("2026-01-11", 7));
    write("other/zh.md", post("2026-01-18", 9));
    expect(lines()).toEqual([
      'content/posts/new/zh.md:4:1 error: issue 7 is already the number of "old" (content/posts/old/en.md); give this post its own number (the next free one is 10)',
    ]);
  });

  test("translations carry the same number", () => {
    write("a/zh.md", post("2026-01-04", 3));
    write("a/en.md", post("2026-01-04", 4));
    write("b/zh.md", post("2026-01-11", 5));
    write("b/en.md", post("2026-01-11"));
    expect(lines()).toEqual([
      "content/posts/a/en.md:4:1 error: issue differs from zh.md (issue: 3); translations share one number: write issue: 3",
      "content/posts/b/en.md:3:1 error: issue differs from zh.md (issue: 5); translations share one number: write issue: 5",
    ]);
  });

  test("posts without numbers are fine, and the next number follows the highest", () => {
    write("a/zh.md", post("2026-01-04"));
    write("b/zh.md", post("2026-01-11", 41));
    write("b/en.md", post("2026-01-11", 41));
    expect(lines()).toEqual([]);
    expect(nextIssueNumber(loadAll().entries)).toBe(42);
    expect(nextIssueNumber([])).toBe(1);
  });
});
