import { readFileSync, symlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, test, vi, afterEach } from "vitest";
import { appendItems } from "@/lib/editor/add-to-draft";
import { escapeText, itemMarkdown } from "@/lib/editor/draft-items";
import { addPicked } from "@/lib/editor/pick";
import { parsePost } from "./helpers";
import { tempDir, withTempProject, write } from "./cli";

const DRAFT = `---
title: "Draft week"
date: 2026-03-01
draft: true
---

Lead.

## Main News

### Our own story

Text.

**Source:** [Own](https://own.example/story)

## Analysis

Thoughts.
`;

const item = (title: string, url: string, summary = "") => ({ title, summary, sources: [{ title, url }] });

describe("picked stories in a draft", () => {
  test("are appended to the main news, before the analysis, with the language's source line", () => {
    const text = appendItems(DRAFT, "md", "zh", [item("First pick", "https://a.example/1", "What happened."), item("Second pick", "https://b.example/2")]);
    expect(text).toContain("**Source:** [Own](https://own.example/story)\n\n### First pick\n\nWhat happened.\n\n**来源：** [First pick](https://a.example/1)\n\n### Second pick\n\n**来源：** [Second pick](https://b.example/2)\n\n## Analysis\n");
    const post = parsePost(text, "content/posts/x/zh.md");
    expect(post.issues).toEqual([]);
    expect(post.summary!.items.map((i) => i.title)).toEqual(["Our own story", "First pick", "Second pick"]);
    expect(post.summary!.items[2]!.sources).toEqual([3]);
  });

  test("English drafts get **Source:**, CRLF files stay CRLF, and a draft without main news gets one", () => {
    const crlf = appendItems(DRAFT.replace(/\n/g, "\r\n"), "md", "en", [item("Pick", "https://a.example/1")]);
    expect(crlf).toContain("\r\n### Pick\r\n\r\n**Source:** [Pick](https://a.example/1)\r\n\r\n## Analysis\r\n");
    expect(crlf.replace(/\r\n/g, "")).not.toContain("\n");
    const bare = appendItems("---\ntitle: t\ndate: 2026-03-01\n---\n\nLead.\n\n## Analysis\n\nA.\n", "md", "en", [item("Pick", "https://a.example/1")]);
    expect(bare).toContain("Lead.\n\n## Main News\n\n### Pick\n\n**Source:** [Pick](https://a.example/1)\n\n## Analysis\n");
  });

  test("feed text never becomes markup: emphasis, links, HTML, MDX expressions, list starts", () => {
    expect(escapeText("A *bold* [claim] <script>", "md")).toBe("A \\*bold\\* \\[claim\\] \\<script\\>");
    expect(escapeText("{props.x}", "mdx")).toBe("\\{props.x\\}");
    expect(escapeText("1. First", "md")).toBe("1\\. First");
    expect(escapeText("# Not a heading", "md")).toBe("\\# Not a heading");
    const md = itemMarkdown("en", "mdx", item("<Danger /> {x}", "https://a.example/wiki/A_(b)", "- not a list"));
    const post = parsePost(`---\ntitle: t\ndate: 2026-03-01\n---\n\n## Main News\n\n${md}`, "content/posts/x/en.mdx", "mdx");
    expect(post.issues).toEqual([]);
    expect(post.summary!.items[0]!.title).toBe("<Danger /> {x}");
    expect(post.summary!.sources[0]!.url).toBe("https://a.example/wiki/A_%28b%29");
  });
});

describe("the inbox's writes", () => {
  const project = withTempProject("digest-pick-");
  afterEach(() => vi.unstubAllEnvs());

  test("are refused outside npm run dev, before anything is read", () => {
    vi.stubEnv("NODE_ENV", "production");
    write(project.dir, "content/posts/week/zh.md", DRAFT);
    const before = readFileSync(path.join(project.dir, "content/posts/week/zh.md"), "utf8");
    expect(() => addPicked({ locale: "zh", keys: ["a.example/1"], target: { kind: "existing", slug: "week" } })).toThrow("only in npm run dev");
    expect(() => addPicked({ locale: "zh", keys: ["a.example/1"], target: { kind: "new", slug: "new-week" } })).toThrow("only in npm run dev");
    expect(readFileSync(path.join(project.dir, "content/posts/week/zh.md"), "utf8")).toBe(before);
  });

  test("only go to a draft inside the content folder: not a published post, a bad slug or a symlink out", async () => {
    vi.stubEnv("NODE_ENV", "development");
    const { addToDraft } = await import("@/lib/editor/add-to-draft");
    write(project.dir, "content/posts/published/zh.md", DRAFT.replace("draft: true\n", ""));
    expect(() => addToDraft("published", "zh", [item("x", "https://a.example/")])).toThrow('"published" is published; add stories to a draft');
    expect(() => addToDraft("../outside", "zh", [item("x", "https://a.example/")])).toThrow("is not a valid slug");
    const outside = tempDir("digest-outside-");
    write(outside, "zh.md", DRAFT);
    write(project.dir, "content/posts/linked/.keep", "");
    symlinkSync(path.join(outside, "zh.md"), path.join(project.dir, "content/posts/linked/zh.md"));
    // The store refuses a post file linked out of content/ (lib/content/confine.ts), so there is no such draft to write to.
    expect(() => addToDraft("linked", "zh", [item("x", "https://a.example/")])).toThrow('there is no zh post "linked"');
    expect(readFileSync(path.join(outside, "zh.md"), "utf8")).toBe(DRAFT);
  });
});
