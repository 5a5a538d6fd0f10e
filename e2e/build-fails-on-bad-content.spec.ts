import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "./support/test";

// An editor pushes a post with a mistake: the production build must fail and
// say where, in the same file:line:col form as `npm run content:check`,
// rather than publish the site without that post. A contributor's post that
// tries to run code (e2e/fixtures/hostile) is refused the same way, and none
// of its code runs during the build. Runs `npm run build` (what Vercel runs:
// compile, content snapshot, generate) on a copy of the fixtures into its own
// dist dir.
const root = process.cwd();
const DIST = ".next-fail-e2e";

const post = (title: string, date: string, source: string) => `---
title: "${title}"
date: ${date}
---

导语。

## 主要新闻

### 条目

内容。

**Source:** [Example](${source})
`;

test.describe("publishing a post with a mistake", () => {
  let tmp = "";

  test.afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    rmSync(path.join(root, DIST), { recursive: true, force: true });
  });

  test("the production build fails and names each file, line and column", async () => {
    test.slow();
    // A full build on a small machine takes longer than three default timeouts.
    test.setTimeout(300_000);
    tmp = realpathSync(mkdtempSync(path.join(tmpdir(), "digest-build-fail-")));
    const content = path.join(tmp, "content", "posts");
    cpSync(path.join(root, "e2e", "fixtures", "posts"), content, { recursive: true });
    const hostile = path.join(root, "e2e", "fixtures", "hostile");
    const hostileSlugs = readdirSync(hostile, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    for (const slug of hostileSlugs) cpSync(path.join(hostile, slug), path.join(content, `hostile-${slug}`), { recursive: true });
    const canary = `canary-${Date.now()}`;
    const sentinel = path.join(tmp, "sentinel");
    const write = (slug: string, text: string) => {
      mkdirSync(path.join(content, slug), { recursive: true });
      writeFileSync(path.join(content, slug, "zh.md"), text);
    };
    write("impossible-date-digest", post("日期不可能的周报", "2026-13-45", "https://example.com/a"));
    write("javascript-source-digest", post("脚本链接的周报", "2026-01-20", "javascript:alert(1)"));
    // Old addresses that would hide a page, or are not a path of the site.
    write("alias-mistakes-digest", post("别名有误的周报", "2026-01-21", "https://example.com/a").replace("---\n\n", "aliases:\n  - /zh/posts/sovereign-edge-ai-kubernetes\n  - old/path.html\n---\n\n"));
    // Paths are printed relative to the project, as editors see them.
    const shown = (slug: string) => path.relative(root, path.join(content, slug, "zh.md")).split(path.sep).join("/");

    const build = spawnSync("npm", ["run", "build"], {
      cwd: root,
      encoding: "utf8",
      timeout: 240_000,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, DIGEST_CONTENT_DIR: content, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1", DIGEST_CANARY: canary, DIGEST_SENTINEL: sentinel },
    });
    const output = `${build.stdout}\n${build.stderr}`;
    await test.info().attach("npm run build output", { body: output, contentType: "text/plain" });

    await expect(build.error, "the build ran to its end").toBeUndefined();
    await expect(build.status).not.toBe(0);
    await expect(output).toContain(`${shown("impossible-date-digest")}:3:7 error: date "2026-13-45" is not a valid date`);
    await expect(output).toContain(`${shown("javascript-source-digest")}:14:13 error: URL "javascript:alert(1)" is not allowed; use an http:// or https:// address`);
    await expect(output).toContain(`${shown("alias-mistakes-digest")}:5:5 error: alias "/zh/posts/sovereign-edge-ai-kubernetes" is the address of a page of this site`);
    await expect(output).toContain(`${shown("alias-mistakes-digest")}:6:5 error: alias "old/path.html" is not a site path: start it with /`);
    // Every hostile post is refused at its first attempt, and nothing of it ran.
    await expect(output).toContain(`${shown("hostile-expressions").replace("zh.md", "en.mdx")}:6:16 error: {…} expressions are not allowed in posts`);
    await expect(output).toContain(`${shown("hostile-attribute-expressions").replace("zh.md", "en.mdx")}:8:11 error: title={…} is not allowed in posts`);
    for (const slug of hostileSlugs) await expect(output).toMatch(new RegExp(`hostile-${slug}/en\\.mdx:\\d+:\\d+ error: `));
    await expect(output).not.toContain(canary);
    await expect(existsSync(sentinel)).toBe(false);
    // The valid fixtures are not what failed.
    await expect(output).not.toMatch(/(mdx-service-mesh-roundup|en-only-platform-weekly)\/(zh|en)\.mdx?:\d+:\d+ error/);
  });
});
