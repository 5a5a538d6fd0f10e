import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parsePost } from "./helpers";
import { runScript, tempDir, todayInDigestZone, write } from "./cli";

describe("npm run new", { timeout: 120_000 }, () => {
  let dir = "";
  const posts = () => path.join(dir, "content", "posts");
  const read = (rel: string) => readFileSync(path.join(posts(), rel), "utf8");

  beforeAll(() => {
    dir = tempDir("digest-new-");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("scaffolds a zh draft in the seed's structure and prints its path", () => {
    const run = runScript("new-post.ts", ["kubecon-recap"], dir);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.lines[0]).toBe("created content/posts/kubecon-recap/zh.md");
    const text = read("kubecon-recap/zh.md");
    expect(text).toMatch(/^---\ntitle: ".+"\ndate: (\d{4}-\d{2}-\d{2})\nauthor: ".+"\n/);
    expect(text).toContain(`\ndate: ${todayInDigestZone()}\n`);
    expect(text).toContain("\ndraft: true\n---\n");
    // The first post of a site is issue 1.
    expect(text).toContain("\nissue: 1\n");
    expect(run.lines).toContain("  issue: 1 (the next free number)");
    const headings = text.split("\n").filter((l) => /^#{2,} /.test(l));
    expect(headings).toEqual(["## 主要新闻", expect.stringMatching(/^### \S/), "## 分析", "## 结论"]);
    expect(text).toMatch(/\n\*\*Source:\*\* \[.+\]\(https:\/\/.+\)\n/);

    const post = parsePost(text, "content/posts/kubecon-recap/zh.md");
    expect(post.issues).toEqual([]);
    expect(post.data!.draft).toBe(true);
    expect(post.data!.categories.length).toBeGreaterThan(0);
    expect(post.data!.tags.length).toBeGreaterThan(0);
    expect(post.summary!.lead).not.toBe("");
    expect(post.summary!.items).toHaveLength(1);
    expect(post.summary!.items[0]!.sources).toEqual([1]);
    expect([post.summary!.hasAnalysis, post.summary!.hasConclusion]).toEqual([true, true]);
  });

  test("the template passes content:check with warnings only", () => {
    const check = runScript("content-check.ts", [], dir);
    expect(check.status).toBe(0);
    expect(check.lines.filter((l) => l.includes(" error: "))).toEqual([]);
    expect(check.lines).toContain(
      'content/posts/kubecon-recap/zh.md:1:1 warning: missing translation: "kubecon-recap" has no en version yet (en.md or en.mdx); the en site will say so',
    );
    expect(check.lines.at(-1)).toMatch(/^0 errors, \d+ warnings in 1 file$/);
  });

  test("never overwrites: a second run exits 1 and leaves the file alone", () => {
    const file = path.join(posts(), "kubecon-recap/zh.md");
    writeFileSync(file, "edited by hand\n");
    const run = runScript("new-post.ts", ["kubecon-recap", "--locale", "zh"], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("content/posts/kubecon-recap/zh.md already exists");
    expect(readFileSync(file, "utf8")).toBe("edited by hand\n");
    rmSync(file);
  });

  test("--locale en starts the translation with the other language's date, source, categories, tags and issue number", () => {
    write(posts(), "weekly-12/zh.md",
      `---\ntitle: 周报\ndate: 2026-02-01 08:30:00 +0800\nupdated: 2026-02-03\nsource: https://cncf.io/blog/x\nissue: 12\ncategories: news\ntags: [kubernetes, 云原生]\n---\n\n导语。\n`);
    const run = runScript("new-post.ts", ["weekly-12", "--locale", "en"], dir);
    expect(run.status).toBe(0);
    expect(run.lines[0]).toBe("created content/posts/weekly-12/en.md");
    const text = read("weekly-12/en.md");
    expect(text.split("\n").filter((l) => l.startsWith("## "))).toEqual(["## Main News", "## Analysis", "## Conclusion"]);
    expect(text).toContain("\ndate: 2026-02-01 08:30:00 +0800\nupdated: 2026-02-03\n");
    expect(text).toContain('\nsource: "https://cncf.io/blog/x"\n');
    expect(text).toContain("\ncategories:\n  - news\ntags:\n  - kubernetes\n  - 云原生\n");
    expect(text).toContain("\nissue: 12\n");

    const check = runScript("content-check.ts", [], dir);
    expect(check.status).toBe(0);
    expect(check.lines.filter((l) => l.startsWith("content/posts/weekly-12/") && !l.includes("placeholder"))).toEqual([]);
  });

  test("a Chinese slug is fine", () => {
    const run = runScript("new-post.ts", ["云原生-周报", "--locale", "en"], dir);
    expect(run.status).toBe(0);
    expect(existsSync(path.join(posts(), "云原生-周报", "en.md"))).toBe(true);
    // A new post (not a translation) takes the number after the highest, weekly-12's.
    expect(read("云原生-周报/en.md")).toContain("\nissue: 13\n");
  });

  test.each([
    ["Hello_World", /"Hello_World" is not a valid slug.*e\.g\. "hello-world"/],
    ["../escape", /"\.\.\/escape" is not a valid slug/],
    ["trailing-", /not a valid slug/],
  ])("refuses the slug %s", (slug, message) => {
    const before = readdirSync(posts()).sort();
    const run = runScript("new-post.ts", [slug], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(readdirSync(posts()).sort()).toEqual(before);
    expect(existsSync(path.join(dir, "content", "escape"))).toBe(false);
  });

  test("refuses an unknown locale and a missing slug", () => {
    const fr = runScript("new-post.ts", ["x", "--locale", "fr"], dir);
    expect(fr.status).toBe(1);
    expect(fr.stderr).toContain('unknown locale "fr"; use zh or en');
    const none = runScript("new-post.ts", [], dir);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain("usage: npm run new -- <slug> [--locale zh|en]");
    expect(existsSync(path.join(posts(), "x"))).toBe(false);
  });

  test("honours DIGEST_CONTENT_DIR", () => {
    const run = runScript("new-post.ts", ["elsewhere"], dir, { DIGEST_CONTENT_DIR: path.join(dir, "fixtures") });
    expect(run.status).toBe(0);
    expect(run.lines[0]).toBe("created fixtures/elsewhere/zh.md");
    expect(existsSync(path.join(dir, "fixtures", "elsewhere", "zh.md"))).toBe(true);
  });
});
