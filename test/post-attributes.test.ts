import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { feedComponents } from "@/components/feed/feed-components";
import { MdxLink } from "@/components/mdx/mdx-link";
import { analyze, compilePost } from "@/lib/content/compile";
import { renderBody } from "@/lib/feed/html";
import { errors } from "./helpers";
import { render, stubsIn } from "./render";

// What an author's attributes may do once a post is published: a link never
// hands this window to the page it opens, an id never takes a name the page's
// scripts read, and a literal in braces is checked like the quoted value.

const mdx = (body: string) => ({ file: "content/posts/x/en.mdx", body: `\n\n${body}\n`, format: "mdx" as const, title: "T" });
const LABELS = { mainNews: "Main News", analysis: "Analysis", conclusion: "Conclusion", sources: "Source", sourceList: "Sources" };

describe("links an author writes as HTML", () => {
  test.each([
    ['<a href="https://example.com/o" target="_blank" rel="opener">x</a>', 'rel="noopener noreferrer"'],
    ['<a href="https://example.com/o" rel="nofollow OPENER ugc">x</a>', 'rel="nofollow ugc noopener noreferrer"'],
    ['<a href="//example.com/o">x</a>', 'rel="noopener noreferrer"'],
    ['<a href="/\\example.com/o">x</a>', 'rel="noopener noreferrer"'],
    ['<a href="/en/archive" target="_blank" rel="opener noopener">x</a>', 'rel="noopener noreferrer"'],
    ['<a href={"https://example.com/o"} target={"_blank"} rel={"opener"}>x</a>', 'rel="noopener noreferrer"'],
  ])("%s keeps no opener, on the page and in the feed", async (link, rel) => {
    const { html, issues } = await render(mdx(`Lead ${link}.`));
    expect(errors(issues)).toEqual([]);
    expect(html).toContain(rel);
    expect(html).not.toMatch(/rel="(?:[^"]* )?opener/);
    const { Content } = await compilePost(mdx(`Lead ${link}.`));
    const feed = await renderBody(Content!, feedComponents(LABELS, "https://digest.example/en/posts/x"));
    expect(feed).toContain(rel);
    expect(feed).not.toMatch(/rel="(?:[^"]* )?opener/);
  });

  test("an internal link without a target gets no rel; the author's harmless words stay", async () => {
    const { html } = await render(mdx('Lead <a href="/en/archive" rel="opener">a</a> <a href="#item-1" rel="bookmark">b</a>.'));
    expect(html).toContain('<a href="/en/archive">a</a>');
    expect(html).toContain('<a href="#item-1" rel="bookmark">b</a>');
  });

  test("a Markdown link to another site always gets noopener noreferrer, whatever it was given", () => {
    const html = renderToStaticMarkup(createElement(MdxLink, { href: "https://example.com/o", rel: "opener", target: "_blank" }, "x"));
    expect(html).toBe('<a href="https://example.com/o" rel="noopener noreferrer" target="_blank">x</a>');
    for (const href of ["//example.com/o", "/\\example.com/o"]) expect(renderToStaticMarkup(createElement(MdxLink, { href }, "x"))).toContain('rel="noopener noreferrer"');
  });
});

describe("ids", () => {
  test("lowercase ids render as written, and #links to them and to items keep working", async () => {
    const { html, issues } = await render(mdx('Lead <span id="key-numbers">x</span> <a href="#key-numbers">y</a>.\n\n<NewsItem title="A" id="my-item">\n\nText.\n\n**Source:** [a](https://example.com/a)\n\n</NewsItem>'));
    expect(errors(issues)).toEqual([]);
    expect(html).toContain('<span id="key-numbers">x</span> <a href="#key-numbers">y</a>');
    expect(stubsIn(html!, "NewsItem")[0]?.id).toBe("my-item");
  });

  test("a news item's own id is not another part's of the page", () => {
    const body = "\n\nLead.\n\n## Main News\n\n### A {#item-2}\n\n**Source:** [a](https://a.example/1)\n\n### B {#sources}\n\n**Source:** [b](https://b.example/2)\n\n### C {#item-3}\n\n**Source:** [c](https://c.example/3)\n";
    const { issues, summary } = analyze({ file: "content/posts/x/en.md", body, format: "md", title: "T" });
    expect(errors(issues).map((i) => `${i.line} ${/^news item id "([^"]*)" must/.exec(i.message)?.[1]}`)).toEqual(["7 item-2", "11 sources"]);
    expect(summary!.items.map((i) => i.id)).toEqual(["item-1", "item-2", "item-3"]);
  });

  test("a news item's id in braces is checked like a quoted one", () => {
    const found = errors(analyze(mdx('Lead.\n\n<NewsItem title="A" id={"__next_f"}>\n\nText.\n\n**Source:** [a](https://example.com/a)\n\n</NewsItem>')).issues);
    expect(found).toEqual([expect.objectContaining({ line: 5, message: expect.stringContaining('news item id "__next_f"') })]);
  });
});

describe("literals in braces", () => {
  test("are the quoted value for every later step: a news item's title, a link's address", async () => {
    const { html, issues } = await render(mdx('Lead <a href={"https://example.com/y"}>y</a>.\n\n<NewsItem title={"Braced title"}>\n\nText.\n\n**Source:** [a](https://example.com/a)\n\n</NewsItem>'));
    expect(errors(issues)).toEqual([]);
    expect(html).toContain('<a href="https://example.com/y" rel="noopener noreferrer">y</a>');
    expect(stubsIn(html!, "NewsItem")[0]?.title).toBe("Braced title");
  });

  test("a list or an object is not a value an attribute may hold", () => {
    const found = errors(analyze(mdx('Lead <abbr title={["a", "b"]}>x</abbr> <span title={{ a: 1 }}>y</span>.')).issues);
    expect(found).toEqual([12, 46].map((column) => expect.objectContaining({ line: 3, column, message: expect.stringMatching(/^title=\{…\} is not allowed in posts/) })));
  });
});
