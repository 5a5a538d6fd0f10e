import type { Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, test } from "vitest";
import { dropJekyllHabits, extractSources, itemAnchor, sourceNumbering, splitItems, splitSections, summarize } from "@/lib/content/digest";
import { FM, parsePost } from "./helpers";
import { render, stubsIn } from "./render";

// remarkDigest is a pipeline of small steps; each is checked alone here (the
// whole pipeline in digest.test.ts, seed.test.ts and mdx.test.ts).
const parse = (md: string) => (unified().use(remarkParse).parse(md) as Root).children;
const text = (nodes: RootContent[]) => nodes.map((n) => toString(n)).join(" | ");

describe("dropJekyllHabits", () => {
  test("drops a leading # Title equal to the front-matter title and trailing ---", () => {
    expect(text(dropJekyllHabits(parse("# My  Title\n\nLead.\n\n---\n\n---\n"), "My Title"))).toBe("Lead.");
  });
  test("keeps a # heading that says something else", () => {
    expect(text(dropJekyllHabits(parse("# Other\n\nLead.\n"), "My Title"))).toBe("Other | Lead.");
  });
});

describe("splitSections", () => {
  test("the lead, then each ## section with its kind, in both languages", () => {
    const { lead, parts } = splitSections(parse("Lead one.\n\nLead two.\n\n## 主要新闻\n\n### A\n\n## Analysis\n\nWhy.\n\n## Extra\n\nMore.\n\n## 结论：\n\nEnd.\n"));
    expect(text(lead)).toBe("Lead one. | Lead two.");
    expect(parts.map((p) => (p.kind === "loose" ? "loose" : `${p.kind}:${p.title}:${text(p.body)}`))).toEqual([
      "mainNews:主要新闻:A",
      "analysis:Analysis:Why.",
      "other:Extra:More.",
      "conclusion:结论:End.",
    ]);
  });
  test("no sections: everything is the lead", () => {
    expect(splitSections(parse("Only a lead.\n")).parts).toEqual([]);
  });
});

describe("splitItems", () => {
  test("one item per ###, with what precedes the first kept apart", () => {
    const { before, items } = splitItems(parse("Intro.\n\n### One\n\nText 1.\n\n### Two\n\nText 2a.\n\nText 2b.\n"));
    expect(text(before)).toBe("Intro.");
    expect(items.map((i) => `${toString(i.heading)}: ${text(i.body)}`)).toEqual(["One: Text 1.", "Two: Text 2a. | Text 2b."]);
  });
});

describe("sources", () => {
  test("the front-matter source is [1]; a URL cited again keeps its number and gains its title", () => {
    const { sources, numberOf } = sourceNumbering("https://a.example/x");
    expect(numberOf("https://b.example/y", "B")).toBe(2);
    expect(numberOf("https://a.example/x", "A title")).toBe(1);
    expect(sources).toEqual([
      { n: 1, url: "https://a.example/x", title: "A title", domain: "a.example" },
      { n: 2, url: "https://b.example/y", title: "B", domain: "b.example" },
    ]);
  });

  test("extractSources takes the source lines out of an item and reports non-web links", () => {
    const { numberOf } = sourceNumbering();
    const reports: string[] = [];
    const body = parse("What happened.\n\n**Source:** [A](https://a.example/1)、[B](https://b.example/2)\n\n来源：[C](mailto:news@c.example)\n");
    const { rest, cited } = extractSources(body, numberOf, (_node, message) => reports.push(message));
    expect(text(rest)).toBe("What happened.");
    expect(cited).toEqual([1, 2]);
    expect(reports).toEqual(['source URL "mailto:news@c.example" must start with http:// or https://']);
  });
});

describe("summarize", () => {
  test("lead text, items, sources and which closing sections exist", () => {
    const lead = parse("The lead.");
    const out = [{ type: "mdxJsxFlowElement", name: "Analysis", attributes: [], children: [] }] as unknown as RootContent[];
    const tree: Root = { type: "root", children: [...lead] };
    const summary = summarize(lead, [{ id: "item-1", title: "A", sources: [1] }], [], out, tree);
    expect(summary).toEqual({ lead: "The lead.", items: [{ id: "item-1", title: "A", sources: [1] }], sources: [], hasAnalysis: true, hasConclusion: false, analysis: "", conclusion: "", text: "The lead." });
  });
});

describe("item anchors", () => {
  test("item-N by position, or the editor's own {#id}, and every source links back to the items citing it", async () => {
    const body = "\n\nLead.\n\n## Main News\n\n### First\n\n**Source:** [a](https://a.example/1)\n\n### Second {#kubecon-keynote}\n\n**Sources:** [a](https://a.example/1), [b](https://b.example/2)\n\n### Third {#Bad Id}\n\nNo source.\n";
    const { html, issues } = await render({ file: "content/posts/x/en.md", body, format: "md", title: "T" });
    expect(stubsIn(html!, "NewsItem").map((i) => [i.id, i.title])).toEqual([
      ["item-1", "First"],
      ["kubecon-keynote", "Second"],
      ["item-3", "Third {#Bad Id}"],
    ]);
    expect(html).toContain('data-cited-by="{&quot;1&quot;:[{&quot;id&quot;:&quot;item-1&quot;,&quot;n&quot;:1},{&quot;id&quot;:&quot;kubecon-keynote&quot;,&quot;n&quot;:2}],&quot;2&quot;:[{&quot;id&quot;:&quot;kubecon-keynote&quot;,&quot;n&quot;:2}]}"');
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  test("an id that is not lowercase letters, digits and hyphens, or used twice, is an error at the item", () => {
    const post = parsePost(`${FM()}\nLead.\n\n## Main News\n\n### A {#same}\n\n**Source:** [a](https://a.example/1)\n\n### B {#same}\n\n**Source:** [b](https://b.example/2)\n`);
    expect(post.issues.map((i) => `${i.line}:${i.column} ${i.severity}: ${i.message}`)).toEqual([
      '14:1 error: news item id "same" must be lowercase letters, digits and hyphens, used once per post, and not one the page uses (item-N, sources…); the item is linked as #item-2',
    ]);
  });

  test("MDX: <NewsItem id=…>", async () => {
    const body = '\n\nLead.\n\n<NewsItem title="A" id="my-item">\n\n**Source:** [a](https://a.example/1)\n\n</NewsItem>\n';
    const { html } = await render({ file: "content/posts/x/en.mdx", body, format: "mdx", title: "T" });
    expect(stubsIn(html!, "NewsItem").map((i) => i.id)).toEqual(["my-item"]);
  });

  test("itemAnchor", () => {
    expect(itemAnchor("Title {#my-id}")).toEqual({ title: "Title", id: "my-id" });
    expect(itemAnchor("A {b} c")).toEqual({ title: "A {b} c" });
  });
});
