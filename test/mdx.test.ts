import { describe, expect, test } from "vitest";
import { analyze, compilePost, type CompileInput } from "@/lib/content/compile";
import { errors, FM, parsePost, warnings } from "./helpers";
import { render, skeleton, stubsIn } from "./render";

const A = "https://a.example/one";
const B = "https://b.example/two";
const MDX_FILE = "content/posts/x/en.mdx";
const MD_FILE = "content/posts/x/en.md";
const mdx = (body: string): CompileInput => ({ file: MDX_FILE, body, format: "mdx", title: "T" });
const md = (body: string): CompileInput => ({ file: MD_FILE, body, format: "md", title: "T" });

const FRONT = FM(`source: "${B}"\n`);
const asMarkdown = `${FRONT}
Lead.

## Main News

### First

One.

**Source:** [a](${A})

### Second

Two.

**Sources:** [b](${B}), [a](${A})

## Analysis

Thoughts.
`;
const asMdx = `${FRONT}
Lead.

## Main News

<NewsItem title="First">

One.

**Source:** [a](${A})

</NewsItem>

<NewsItem title="Second">

Two.

**Sources:** [b](${B}), [a](${A})

</NewsItem>

## Analysis

Thoughts.
`;

describe("MDX posts with explicit components", () => {
  test("number sources exactly like the Markdown form", () => {
    const fromMd = parsePost(asMarkdown, MD_FILE, "md");
    const fromMdx = parsePost(asMdx, MDX_FILE, "mdx");
    expect(fromMdx.issues).toEqual([]);
    expect(fromMd.issues).toEqual([]);
    expect(fromMdx.summary!.items).toEqual([
      { id: "item-1", title: "First", sources: [2] },
      { id: "item-2", title: "Second", sources: [1, 2] },
    ]);
    expect(fromMdx.summary!.items).toEqual(fromMd.summary!.items);
    expect(fromMdx.summary!.sources).toEqual(fromMd.summary!.sources);
    expect(fromMdx.summary!.sources.map((s) => s.url)).toEqual([B, A]);
    expect(fromMdx.summary!.hasAnalysis).toBe(true);
  });

  test("render the same news cards as the Markdown form", async () => {
    const fromMd = parsePost(asMarkdown, MD_FILE, "md");
    const fromMdx = parsePost(asMdx, MDX_FILE, "mdx");
    const a = await render({ ...md(fromMd.body), source: B });
    const b = await render({ ...mdx(fromMdx.body), source: B });
    expect(b.issues).toEqual([]);
    expect(stubsIn(b.html!, "NewsItem")).toEqual(stubsIn(a.html!, "NewsItem"));
    expect(stubsIn(b.html!, "SourceList")).toEqual(stubsIn(a.html!, "SourceList"));
    expect(stubsIn(b.html!, "SourceList")[0]!.sources).toHaveLength(2);
    expect(b.html).not.toContain("Source:");
  });
});

describe("explicit <Analysis> and <Conclusion> in MDX", () => {
  const body = `${FRONT}
Lead.

## Main News

<NewsItem title="First">

One.

**Source:** [a](${A})

</NewsItem>

<Analysis title="Analysis">

Thoughts.

</Analysis>

<Conclusion title="Conclusion">

Done.

</Conclusion>
`;

  test("count as the analysis and conclusion sections", () => {
    const post = parsePost(body, MDX_FILE, "mdx");
    expect(post.issues).toEqual([]);
    expect(post.summary!.items).toHaveLength(1);
    expect(post.summary!.hasAnalysis).toBe(true);
    expect(post.summary!.hasConclusion).toBe(true);
  });

  test("are not nested inside the main news section", async () => {
    const post = parsePost(body, MDX_FILE, "mdx");
    const { html } = await render({ ...mdx(post.body), source: B });
    expect(skeleton(html!)).toBe(
      "<Lead></><MainNews><NewsItem></></><Analysis></><Conclusion></><SourceList></>",
    );
  });
});

describe("bad MDX is an error with a position", () => {
  const unclosed = "\n\nLead.\n\n<NewsItem title=\"A\">\n\nText\n\n**Source:** [a](https://a.example/)\n";
  const OPEN_LINE = 5;

  test("unclosed <NewsItem> in analyze", () => {
    const { summary, issues } = analyze(mdx(unclosed));
    expect(summary).toBeNull();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: MDX_FILE, severity: "error", line: OPEN_LINE, column: 1 });
    expect(issues[0]!.message).toMatch(/NewsItem/);
  });

  test("unclosed <NewsItem> in compilePost", async () => {
    const { Content, issues } = await compilePost(mdx(unclosed));
    expect(Content).toBeNull();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: MDX_FILE, severity: "error", line: OPEN_LINE, column: 1 });
  });

  test("a JS expression syntax error has its line", async () => {
    const body = "\n\nLead.\n\nValue: {1 +}\n";
    const a = analyze(mdx(body));
    expect(a.issues).toEqual([expect.objectContaining({ severity: "error", line: 5 })]);
    const c = await compilePost(mdx(body));
    expect(c.Content).toBeNull();
    expect(c.issues).toEqual([expect.objectContaining({ severity: "error", line: 5 })]);
  });

  test.each([
    ["import", 'import x from "y"', 1, /import and export are not allowed/],
    ["export", "export const x = 1", 1, /import and export are not allowed/],
    ["<script>", "<script>alert(1)</script>", 1, /<script> is not allowed/],
    ["event handler", '<span onError="alert(1)">x</span>', 7, /event handler attribute "onError"/],
    ["unknown component", "<Foo />", 1, /unknown component <Foo>/],
    ["javascript: href", '<a href="javascript:alert(1)">x</a>', 4, /URL "javascript:alert\(1\)" is not allowed/],
    ["dangerouslySetInnerHTML", "<div dangerouslySetInnerHTML={{ __html: 'x' }} />", 6, /attribute "dangerouslySetInnerHTML" is not allowed/],
  ])("%s", async (_, line, column, message) => {
    const body = `\n\nLead.\n\n${line}\n`;
    const a = analyze(mdx(body));
    expect(errors(a.issues)).toEqual([expect.objectContaining({ file: MDX_FILE, line: 5, column, message: expect.stringMatching(message) })]);
    const c = await compilePost(mdx(body));
    expect(c.Content).toBeNull();
    expect(errors(c.issues)).toEqual(errors(a.issues));
  });
});

describe("raw HTML in a .md post", () => {
  const body = "\n\nLead.\n\n<img src=x onerror=alert(1)>\n\nAfter.\n";

  test("is a warning, not an error", () => {
    const { issues } = analyze(md(body));
    expect(errors(issues)).toEqual([]);
    expect(warnings(issues)).toEqual([expect.objectContaining({ file: MD_FILE, line: 5, column: 1, message: expect.stringMatching(/raw HTML/) })]);
  });

  test("is not rendered", async () => {
    const { html, issues } = await render(md(body));
    expect(errors(issues)).toEqual([]);
    expect(html).toContain("After.");
    expect(html).not.toMatch(/onerror/i);
    expect(html).not.toContain("alert");
    expect(html).not.toContain("<img");
  });

  test("inline raw HTML is not rendered either", async () => {
    const { html } = await render(md("\n\nHello <span onmouseover=alert(1)>x</span> world.\n"));
    expect(html).not.toMatch(/onmouseover|alert/);
  });

  test("a javascript: link in Markdown is an error and never rendered", async () => {
    const { html, issues } = await render(md("\n\nSee [x](javascript:alert(1)).\n"));
    expect(errors(issues)).toEqual([expect.objectContaining({ line: 3, column: 5 })]);
    expect(html).toBeNull();
  });
});
