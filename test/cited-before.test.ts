import { describe, expect, test } from "vitest";
import { runScript, tempDir, write } from "./cli";

const post = (title: string, date: string, issue: number, items: [string, string][], source = "") => `---
title: "${title}"
date: ${date}
issue: ${issue}
${source}tags: [kubernetes]
---

导语。

## 主要新闻
${items.map(([t, url]) => `
### ${t}

正文。

**来源：** [原文](${url})
`).join("")}
## 分析

分析。
`;

describe("content:check: sources an earlier issue already cited", { timeout: 120_000 }, () => {
  test("warns at the source line, naming the earlier issue and its item", () => {
    const dir = tempDir("digest-cited-");
    write(dir, "content/posts/week-one/zh.md", post("第一期", "2026-01-04", 1, [["开篇", "https://a.example/first"], ["网关发布", "https://www.cncf.example/blog/gateway/"]]));
    write(dir, "content/posts/week-one/en.md", post("Issue one", "2026-01-04", 1, [["Opening", "https://a.example/first"], ["Gateway ships", "https://www.cncf.example/blog/gateway/"]]));
    // The same article again, with tracking parameters and without www.: still the same story.
    write(dir, "content/posts/week-two/zh.md", post("第二期", "2026-01-11", 2, [["网关又发布了", "http://cncf.example/blog/gateway?utm_source=rss#top"], ["新消息", "https://b.example/new"]]));
    const run = runScript("content-check.ts", [], dir);
    const cited = run.lines.filter((l) => l.includes("already cited"));
    expect(cited).toEqual([
      'content/posts/week-two/zh.md:16:9 warning: source http://cncf.example/blog/gateway?utm_source=rss#top was already cited in issue 1 (week-one, news item 2 "网关发布" (#item-2)); make sure the story is new, or say what changed since',
    ]);
    expect(run.status).toBe(0);
  });

  test("a front-matter source cited again is named too; the earlier issue itself is not warned", () => {
    const dir = tempDir("digest-cited-fm-");
    write(dir, "content/posts/week-one/zh.md", post("第一期", "2026-01-04", 1, [["开篇", "https://a.example/first"]], 'source: "https://main.example/story"\n'));
    write(dir, "content/posts/week-two/zh.md", post("第二期", "2026-01-11", 2, [["旧闻", "https://main.example/story/"]]));
    const cited = runScript("content-check.ts", [], dir).lines.filter((l) => l.includes("already cited"));
    expect(cited).toEqual([
      "content/posts/week-two/zh.md:16:9 warning: source https://main.example/story/ was already cited in issue 1 (week-one, its front-matter source); make sure the story is new, or say what changed since",
    ]);
  });
});
