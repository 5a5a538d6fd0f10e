import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runScript, tempDir, write } from "./cli";

/** Every file under a folder, relative, sorted. */
function tree(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)).split(path.sep).join("/"))
    .sort();
}

const GOOD: Record<string, string | Buffer> = {
  // No date: it comes from the file name. Liquid is kept but flagged.
  "2026-01-18-Sovereign-Edge-AI.md":
    "---\nlayout: post\ntitle: \"Sovereign AI\"\ntags: [kubernetes, edge]\n---\n\nLead with {{ site.url }}.\n\n## Main News\n\n### A\n\n**Source:** [s](https://example.org/a)  \n",
  // BOM + CRLF, .markdown, Chinese slug: the date line uses CRLF too.
  "2026-01-19-云原生周报.markdown": Buffer.from("\uFEFF---\r\ntitle: 云原生周报\r\ncategories: news\r\n---\r\n\r\n正文。\r\n", "utf8"),
  // A date in the front matter wins; subfolders of _posts are read.
  "2026/2026-01-20-dated.md": "---\ntitle: Dated\ndate: 2025-12-31 23:00:00 +0800\n---\nBody\n",
};

const BAD: Record<string, string> = {
  "2026-02-01-bad-yaml.md": "---\ntitle: Bad\ntags: [a, b\n---\nBody\n",
  "2026-02-02-no-title.md": "---\nlayout: post\n---\nBody\n",
  "2026-13-45-impossible.md": "---\ntitle: T\n---\nBody\n",
  "2026-02-03-js-source.md": "---\ntitle: T\nsource: javascript:alert(1)\n---\nBody\n",
  "2026-02-04-empty.md": "",
  "2026-02-05-under_score.md": "---\ntitle: T\n---\nBody\n",
  "about.md": "---\ntitle: About\n---\n",
  "post.markdown": "---\ntitle: Post\n---\n",
};

describe("npm run import:jekyll", { timeout: 120_000 }, () => {
  let dir = "";
  const posts = () => path.join(dir, "content", "posts");
  const read = (rel: string) => readFileSync(path.join(posts(), rel));

  beforeAll(() => {
    dir = tempDir("digest-jekyll-");
    for (const [name, text] of Object.entries(GOOD)) write(dir, `good/_posts/${name}`, text);
    for (const [name, text] of Object.entries(BAD)) write(dir, `bad/_posts/${name}`, text);
    write(dir, "bad/_posts/2026-02-06-sovereign-edge-ai.md", "---\ntitle: Same slug twice\n---\n");
    write(dir, "bad/_posts/2026-02-06-sovereign-edge-ai-2.md", "---\ntitle: Fine\n---\n");
    write(dir, "bad/_posts/2026-02-07-Sovereign-Edge-AI.md", "---\ntitle: Collides with the one above\n---\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("--dry-run lists what it would do and writes nothing", () => {
    const run = runScript("import-jekyll.ts", ["good/_posts", "--locale", "zh", "--dry-run"], dir);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.lines.filter((l) => l.startsWith("would import"))).toEqual([
      // Numbered in date order: the front-matter date of "dated" (2025-12-31) is the oldest.
      "would import good/_posts/2026/2026-01-20-dated.md -> content/posts/dated/zh.md (issue 1)",
      "would import good/_posts/2026-01-18-Sovereign-Edge-AI.md -> content/posts/sovereign-edge-ai/zh.md (date 2026-01-18 from the file name, issue 2)",
      "would import good/_posts/2026-01-19-云原生周报.markdown -> content/posts/云原生周报/zh.md (date 2026-01-19 from the file name, issue 3)",
    ]);
    expect(run.lines.at(-1)).toBe("3 would be imported, 0 skipped, 0 failed (dry run: nothing written)");
    expect(existsSync(path.join(dir, "content"))).toBe(false);
  });

  test("imports: date from the file name and the issue number inserted, every other byte kept", () => {
    const run = runScript("import-jekyll.ts", ["good/_posts", "--locale", "zh"], dir);
    expect(run.status).toBe(0);
    expect(run.lines).toContain("import good/_posts/2026-01-18-Sovereign-Edge-AI.md -> content/posts/sovereign-edge-ai/zh.md (date 2026-01-18 from the file name, issue 2)");
    expect(run.lines).toContain(
      "good/_posts/2026-01-18-Sovereign-Edge-AI.md:7:11 warning: Liquid is not processed here; replace this with plain Markdown (e.g. a fenced code block)",
    );
    expect(run.lines).toContain("3 imported, 0 skipped, 0 failed");
    expect(tree(posts())).toEqual(["dated/zh.md", "sovereign-edge-ai/zh.md", "云原生周报/zh.md"]);

    const lf = GOOD["2026-01-18-Sovereign-Edge-AI.md"] as string;
    expect(read("sovereign-edge-ai/zh.md").toString("utf8")).toBe(lf.replace("edge]\n---\n", "edge]\ndate: 2026-01-18\naliases:\n  - /2026/01/18/Sovereign-Edge-AI.html\nissue: 2\n---\n"));
    expect(read("云原生周报/zh.md")).toEqual(
      Buffer.from("\uFEFF---\r\ntitle: 云原生周报\r\ncategories: news\r\ndate: 2026-01-19\r\naliases:\r\n  - /news/2026/01/19/云原生周报.html\r\nissue: 3\r\n---\r\n\r\n正文。\r\n", "utf8"),
    );
    // Jekyll shows a date in the site's time zone (UTC unless _config.yml says otherwise): 23:00 +0800 is still the 31st.
    expect(read("dated/zh.md").toString("utf8")).toBe((GOOD["2026/2026-01-20-dated.md"] as string).replace("\n---\nBody", "\naliases:\n  - /2025/12/31/dated.html\nissue: 1\n---\nBody"));
  });

  test("the imported posts pass content:check", () => {
    const check = runScript("content-check.ts", [], dir);
    expect(check.lines.filter((l) => l.includes(" error: "))).toEqual([]);
    expect(check.status).toBe(0);
  });

  test("never overwrites without --force", () => {
    const target = path.join(posts(), "dated/zh.md");
    writeFileSync(target, "edited after the import\n");
    const again = runScript("import-jekyll.ts", ["good/_posts", "--locale", "zh"], dir);
    expect(again.status).toBe(0);
    expect(again.lines).toContain("skip   good/_posts/2026/2026-01-20-dated.md: content/posts/dated/zh.md already exists (use --force to overwrite)");
    expect(again.lines).toContain("skip   good/_posts/2026-01-18-Sovereign-Edge-AI.md: content/posts/sovereign-edge-ai/zh.md is already this post");
    expect(again.lines.at(-1)).toBe("0 imported, 3 skipped, 0 failed");
    expect(readFileSync(target, "utf8")).toBe("edited after the import\n");

    const forced = runScript("import-jekyll.ts", ["good/_posts", "--locale", "zh", "--force"], dir);
    expect(forced.status).toBe(0);
    // The hand-edited copy had lost its number: the next free one is given.
    expect(forced.lines).toContain("import good/_posts/2026/2026-01-20-dated.md -> content/posts/dated/zh.md (issue 4, overwrites)");
    expect(readFileSync(target, "utf8")).toBe((GOOD["2026/2026-01-20-dated.md"] as string).replace("\n---\nBody", "\naliases:\n  - /2025/12/31/dated.html\nissue: 4\n---\nBody"));
  });

  test("bad files are reported with file:line and skipped; exit 1", () => {
    write(dir, "bad/_posts/2026-02-08-latin1.md", Buffer.from("---\ntitle: caf\xe9\n---\n", "latin1"));
    // A file where the post's folder should go: the write fails and leaves nothing behind.
    write(dir, "bad/_posts/2026-02-09-blocked.md", "---\ntitle: Blocked\n---\n");
    write(posts(), "blocked", "not a folder");
    const before = tree(posts());
    const run = runScript("import-jekyll.ts", ["bad/_posts", "--locale", "en"], dir);
    expect(run.status).toBe(1);
    const b = "bad/_posts";
    const expected = [
      `${b}/2026-02-01-bad-yaml.md:3:`,
      `${b}/2026-02-02-no-title.md:1:1 error: title is required`,
      `${b}/2026-02-03-js-source.md:3:9 error: source must be an http:// or https:// URL`,
      `${b}/2026-02-04-empty.md:1:1 error: missing front matter`,
      `${b}/2026-02-05-under_score.md:1:1 error: "under_score" (the file name without its date) is not a valid slug`,
      `${b}/2026-02-07-Sovereign-Edge-AI.md:1:1 error: slug "sovereign-edge-ai" is already taken by ${b}/2026-02-06-sovereign-edge-ai.md in this import`,
      `${b}/2026-02-08-latin1.md:1:1 error: file is not valid UTF-8`,
      `${b}/2026-02-09-blocked.md:1:1 error: could not write content/posts/blocked/en.md`,
      `${b}/2026-13-45-impossible.md:1:1 error: the date 2026-13-45 in the file name is not a valid date`,
      `${b}/about.md:1:1 error: file name must be YYYY-MM-DD-title.md or .markdown`,
      `${b}/post.markdown:1:1 error: file name must be YYYY-MM-DD-title.md or .markdown`,
    ];
    for (const prefix of expected) expect(run.lines.some((l) => l.startsWith(prefix)), prefix).toBe(true);
    expect(run.lines.find((l) => l.startsWith(`${b}/2026-02-01-bad-yaml.md:`))).toMatch(/ error: invalid YAML in front matter/);
    expect(run.lines.at(-1)).toBe("2 imported, 0 skipped, 11 failed");
    // The good ones in the batch are imported (the en side of an existing slug); the bad ones leave nothing behind.
    expect(tree(posts())).toEqual([...before, "sovereign-edge-ai-2/en.md", "sovereign-edge-ai/en.md"].sort());
    // The English side of an existing post takes its number; a new post the next free one.
    expect(read("sovereign-edge-ai/en.md").toString("utf8")).toContain("\nissue: 2\n");
    expect(read("sovereign-edge-ai-2/en.md").toString("utf8")).toContain("\nissue: 5\n");
  });

  test("honours DIGEST_CONTENT_DIR; --locale is required", () => {
    const run = runScript("import-jekyll.ts", ["good", "--locale", "en"], dir, { DIGEST_CONTENT_DIR: path.join(dir, "other") });
    expect(run.status).toBe(0);
    expect(run.lines).toContain("import good/_posts/2026/2026-01-20-dated.md -> other/dated/en.md (issue 1)");
    expect(tree(path.join(dir, "other"))).toEqual(["dated/en.md", "sovereign-edge-ai/en.md", "云原生周报/en.md"]);

    const missing = runScript("import-jekyll.ts", ["good/_posts"], dir);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("--locale");
  });
});
