import { cpSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readRedirects } from "@/lib/redirects";
import { ROOT, runScript, tempDir } from "./cli";

// Whole Jekyll sites (test/fixtures/jekyll): _config.yml's permalink style,
// baseurl, time zone, the posts collection's template and jekyll-feed's path;
// posts with and without categories, a Chinese category, a permalink override,
// front matter slug and redirect_from. Each is imported into a new project.
describe("npm run import:jekyll on a Jekyll site", { timeout: 120_000 }, () => {
  let dir = "";
  const read = (rel: string) => readFileSync(path.join(dir, rel), "utf8");
  const aliasesOf = (lines: string[], file: string) => {
    const start = lines.findIndex((l) => l.includes(`${file} ->`));
    const block: string[] = [];
    for (const line of lines.slice(start + 1)) {
      if (!line.startsWith("  ")) break;
      block.push(line.trim());
    }
    return block;
  };

  beforeAll(() => {
    dir = tempDir("digest-jekyll-site-");
    cpSync(path.join(ROOT, "test", "fixtures", "jekyll"), path.join(dir, "jekyll"), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("--dry-run prints every post's old addresses and feed id, and the old feed address", () => {
    const run = runScript("import-jekyll.ts", ["jekyll/default-site", "--locale", "zh", "--site-url", "https://old.example.com", "--dry-run"], dir);
    expect(run.status).toBe(0);
    const p = "jekyll/default-site/_posts";
    expect(aliasesOf(run.lines, `${p}/2024-11-03-service-mesh-update.md`)).toEqual([
      // The post's own permalink wins; the feed id is the folder of its URL joined with its slug.
      "alias   /blog/news/mesh.html",
      "feed_id https://old.example.com/blog/news/service-mesh-update",
    ]);
    expect(aliasesOf(run.lines, `${p}/2026-01-18-sovereign-edge-ai-kubernetes.md`)).toEqual([
      "alias   /blog/cloud-native/2026/01/18/sovereign-edge-ai-kubernetes.html",
      "alias   /blog/old/sovereign.html",
      "alias   /blog/2026/sovereign/",
      "feed_id https://old.example.com/blog/cloud-native/2026/01/18/sovereign-edge-ai-kubernetes",
    ]);
    // Categories are lowercased, not slugified; 06:00 +0800 is the 1st in the site's Asia/Shanghai.
    expect(aliasesOf(run.lines, `${p}/2026-02-01-云原生周报.md`)).toEqual([
      "alias   /blog/云原生/kubernetes/2026/02/01/云原生周报.html",
      `feed_id https://old.example.com/blog/${encodeURIComponent("云原生")}/kubernetes/2026/02/01/${encodeURIComponent("云原生周报")}`,
    ]);
    expect(aliasesOf(run.lines, `${p}/2026-02-08-no-category.md`)).toEqual([
      "alias   /blog/2026/02/08/no-category.html",
      "feed_id https://old.example.com/blog/2026/02/08/no-category",
    ]);
    expect(run.lines).toContain("would add the old feed address /blog/feed.atom to content/site.yml (feed_aliases)");
    expect(run.lines.at(-1)).toBe("4 would be imported, 0 skipped, 0 failed (dry run: nothing written)");
  });

  test("imports them as aliases and feed_id, records the feed address; the site redirects them; a second run changes nothing", () => {
    const args = ["jekyll/default-site", "--locale", "zh", "--site-url", "https://old.example.com"];
    expect(runScript("import-jekyll.ts", args, dir).status).toBe(0);
    expect(read("content/posts/service-mesh-update/zh.md")).toContain(
      "permalink: /news/mesh.html\ndate: 2024-11-03\naliases:\n  - /blog/news/mesh.html\nfeed_id: https://old.example.com/blog/news/service-mesh-update\nissue: 1\n---\n",
    );
    expect(read("content/site.yml")).toContain("feed_aliases: [ /blog/feed.atom ]");
    const check = runScript("content-check.ts", [], dir);
    expect(check.lines.filter((l) => l.includes(" error: "))).toEqual([]);
    const { rules, issues } = readRedirects({ root: path.join(dir, "content", "posts"), includeUnpublished: true });
    expect(issues).toEqual([]);
    const to = (p: string) => rules.find((r) => r.path === p)?.destination;
    expect(to("/blog/feed.atom")).toBe("/zh/atom.xml");
    expect(to(`/blog/${encodeURIComponent("云原生")}/kubernetes/2026/02/01/${encodeURIComponent("云原生周报")}.html`)).toBe(`/zh/posts/${encodeURIComponent("云原生周报")}`);
    expect(to("/blog/2026/sovereign")).toBe("/zh/posts/sovereign-edge-ai-kubernetes");

    const before = read("content/site.yml");
    const again = runScript("import-jekyll.ts", args, dir);
    expect(again.lines.at(-1)).toBe("0 imported, 4 skipped, 0 failed");
    expect(again.lines).toContain("the old feed address /blog/feed.atom is already in content/site.yml");
    expect(read("content/site.yml")).toBe(before);
  });

  test("a pretty site: trailing slashes, a category kept whole, the front matter slug", () => {
    const run = runScript("import-jekyll.ts", ["jekyll/pretty-site", "--locale", "en", "--dry-run"], dir);
    expect(run.status).toBe(0);
    expect(aliasesOf(run.lines, "2026-03-01-Mesh-News.md")).toEqual(["alias   /cloud native/2026/03/01/Mesh-News/"]);
    expect(aliasesOf(run.lines, "2026-03-08-renamed.md")).toEqual(["alias   /2026/03/08/first-name/", "alias   /archives/first-name/"]);
    expect(run.lines).toContain("the old feed address /feed.xml is redirected anyway");
  });

  test("the posts collection's template; a bare _posts folder has Jekyll's defaults (UTC, no baseurl)", () => {
    const template = runScript("import-jekyll.ts", ["jekyll/template-site", "--locale", "en", "--dry-run"], dir);
    expect(aliasesOf(template.lines, "2026-04-05-Week-14.md")).toEqual(["alias   /weekly/2026/4/5/week-14.html"]);
    const bare = runScript("import-jekyll.ts", ["jekyll/default-site/_posts", "--locale", "en", "--dry-run"], dir);
    expect(aliasesOf(bare.lines, "2026-02-01-云原生周报.md")).toEqual(["alias   /云原生/kubernetes/2026/01/31/云原生周报.html"]);
    expect(bare.lines.some((l) => l.includes("feed address"))).toBe(false);
  });
});
