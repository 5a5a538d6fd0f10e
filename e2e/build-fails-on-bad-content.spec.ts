import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

// An editor pushes a post with a mistake: the production build must fail and
// say where, in the same file:line:col form as `npm run content:check`,
// rather than publish the site without that post. Runs `next build` on a copy
// of content/posts (never the real folder) into its own dist dir.
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
    cpSync(path.join(root, "content", "posts"), content, { recursive: true });
    const write = (slug: string, text: string) => {
      mkdirSync(path.join(content, slug), { recursive: true });
      writeFileSync(path.join(content, slug, "zh.md"), text);
    };
    write("impossible-date-digest", post("日期不可能的周报", "2026-13-45", "https://example.com/a"));
    write("javascript-source-digest", post("脚本链接的周报", "2026-01-20", "javascript:alert(1)"));
    // Paths are printed relative to the project, as editors see them.
    const shown = (slug: string) => path.relative(root, path.join(content, slug, "zh.md")).split(path.sep).join("/");

    const build = spawnSync("npx", ["next", "build"], {
      cwd: root,
      encoding: "utf8",
      timeout: 240_000,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, DIGEST_CONTENT_DIR: content, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1" },
    });
    const output = `${build.stdout}\n${build.stderr}`;
    await test.info().attach("next build output", { body: output, contentType: "text/plain" });

    await expect(build.error, "next build ran to its end").toBeUndefined();
    await expect(build.status).not.toBe(0);
    await expect(output).toContain(`${shown("impossible-date-digest")}:3:7 error: date "2026-13-45" is not a valid date`);
    await expect(output).toContain(`${shown("javascript-source-digest")}:14:13 error: URL "javascript:alert(1)" is not allowed; use an http:// or https:// address`);
    // The valid seed post is not what failed.
    await expect(output).not.toMatch(/sovereign-edge-ai-kubernetes\/(zh|en)\.md:\d+:\d+ error/);
  });
});
