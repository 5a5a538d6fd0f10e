import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { analyze, compilePost } from "@/lib/content/compile";
import { parseFrontMatter } from "@/lib/content/front-matter";
import { escapeControls } from "@/lib/content/issues";
import { ROOT, runScript, tempDir } from "./cli";
import { errors } from "./helpers";
import { render, stubsIn } from "./render";

// Posts a contributor could send to run code on the build machine or in a
// reader's browser (e2e/fixtures/hostile). Each attempt is an error at its
// line and column, and nothing in them is ever evaluated.
const HOSTILE = path.join(ROOT, "e2e", "fixtures", "hostile");
const EXPRESSION = "{…} expressions are not allowed";
const EXPECTED: Record<string, string[]> = {
  expressions: ["6:16", "8:1", "14:6", "16:10", "16:47", "22:1", "24:1"].map((at) => `${at} ${EXPRESSION}`),
  "attribute-expressions": ["8:11 title={…}", "9:13 title={…}", "9:64 spread attributes", "17:6 href={…}", "18:6 href={…}", "19:9 title={…}"],
  "code-loading": [
    "6:1 import and export are not allowed",
    "8:1 import and export are not allowed",
    ...["10:6", "12:1", "14:1", "16:1", "18:1"].map((at) => `${at} ${EXPRESSION}`),
  ],
  "unsafe-urls": [
    '6:11 URL "javascript:alert(1)"',
    '6:52 URL "JaVaScRiPt:alert(1)"',
    '8:1 URL "vbscript:',
    '8:30 URL "data:image/svg+xml',
    '8:93 URL "file:',
    '12:1 URL "javascript:alert(document.cookie)"',
    '14:4 URL "  javascript:',
    '15:4 URL "java\tscript:',
    '16:4 URL "data:text/html',
    '17:13 URL "vbscript:',
    // The same values as literals in braces.
    '19:4 URL "data:text/html,<script>',
    '20:13 URL "javascript:alert(1)"',
    '21:4 URL "  JavaScript:alert(1)"',
    '21:58 URL "vbscript:x"',
    '21:93 URL "data:,x"',
    "22:4 href={…} is not allowed",
  ],
  "ids-and-classes": [
    "11:6 className is not allowed in posts",
    "12:7 className is not allowed in posts",
    // Ids are checked once the whole post is read: a news item's may come later.
    '6:12 id "__next_f" is not allowed',
    '6:59 id "TURBOPACK" is not allowed',
    '8:6 id "__NEXT_DATA__" is not allowed',
    '9:4 id "addEventListener" is not allowed',
    '9:42 id "Item-1" is not allowed',
    '9:69 id "a--b" is not allowed',
    '14:7 id "content" is one the page gives its own parts',
    '14:49 id "item-2" is one the page gives',
    '14:91 id "source-1" is one the page gives',
    '15:27 id "twice" is used twice',
    '15:51 id "my-item" is used twice',
  ],
  "handlers-and-styles": [
    '8:7 event handler attribute "onclick"',
    '9:7 event handler attribute "onClick"',
    '10:7 event handler attribute "ONMOUSEOVER"',
    '11:7 event handler attribute "OnFocus"',
    '11:26 attribute "tabIndex" is not allowed on <span>',
    "12:4 style attributes are not allowed",
    "13:4 style attributes are not allowed",
    '14:6 attribute "dangerouslySetInnerHTML" is not allowed',
  ],
  "smuggled-markup": [
    "7:3 <svg> is not allowed",
    '11:33 attribute "sources" is not allowed on <NewsItem>',
    "12:5 <iframe> is not allowed",
    "13:5 <img> is not allowed",
    "14:5 <math> is not allowed",
    '20:13 attribute "sources" is not allowed on <SourceList>',
    "22:1 <object> is not allowed",
    "23:1 <embed> is not allowed",
    "24:1 <base> is not allowed",
    "25:1 <form> is not allowed",
    "26:1 unknown component <Script>",
  ],
};

const fixtures = readdirSync(HOSTILE, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const inputOf = (slug: string) => {
  const file = `e2e/fixtures/hostile/${slug}/en.mdx`;
  const fm = parseFrontMatter(file, readFileSync(path.join(ROOT, file), "utf8"));
  return { file, body: fm.body, format: "mdx" as const, title: fm.data!.title };
};

const CANARY = `canary-${process.pid}-${Date.now()}`;
let sentinel = "";
const pwned = () => (globalThis as { __digestPwned?: unknown }).__digestPwned;

beforeAll(() => {
  sentinel = path.join(tempDir("digest-sentinel-"), "ran");
  process.env.DIGEST_CANARY = CANARY;
  process.env.DIGEST_SENTINEL = sentinel;
});
afterAll(() => {
  delete process.env.DIGEST_CANARY;
  delete process.env.DIGEST_SENTINEL;
});

describe("hostile posts", { timeout: 60_000 }, () => {
  test("every fixture has its expectations", () => {
    expect(fixtures.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  test.each(Object.keys(EXPECTED))("%s: each attempt is an error at its line and column", (slug) => {
    const input = inputOf(slug);
    const found = errors(analyze(input).issues).map((i) => `${i.line}:${i.column} ${i.message}`);
    expect(found).toHaveLength(EXPECTED[slug]!.length);
    for (const [k, expected] of EXPECTED[slug]!.entries()) expect(found[k]).toContain(expected);
    for (const issue of errors(analyze(input).issues)) expect(issue.file).toBe(input.file);
  });

  test.each(Object.keys(EXPECTED))("%s: compiles to nothing, runs nothing, leaks nothing", async (slug) => {
    const { Content, issues } = await compilePost(inputOf(slug));
    expect(Content).toBeNull();
    expect(errors(issues).length).toBeGreaterThan(0);
    expect(JSON.stringify(issues)).not.toContain(CANARY);
    await new Promise((resolve) => setTimeout(resolve, 20)); // a dynamic import() would have settled
    expect(pwned()).toBeUndefined();
    expect(existsSync(sentinel)).toBe(false);
  });

  test("npm run content:check refuses them all and runs none of them", () => {
    const run = runScript("content-check.ts", [], ROOT, { DIGEST_CONTENT_DIR: HOSTILE, DIGEST_CANARY: CANARY, DIGEST_SENTINEL: sentinel });
    expect(run.status).toBe(1);
    for (const [slug, expected] of Object.entries(EXPECTED)) {
      for (const e of expected) {
        const [at, ...rest] = e.split(" ");
        expect(run.lines.some((l) => l.startsWith(`e2e/fixtures/hostile/${slug}/en.mdx:${at} error: `) && l.includes(escapeControls(rest.join(" "))))).toBe(true);
      }
    }
    expect(run.stdout + run.stderr).not.toContain(CANARY);
    expect(existsSync(sentinel)).toBe(false);
  });
});

describe("what a post may write is rendered inert", () => {
  const mdx = (body: string) => ({ file: "content/posts/x/en.mdx", body, format: "mdx" as const, title: "T" });

  test("literal expressions and props are text", async () => {
    const { html, issues } = await render(mdx(`\n\nLead {"<script>alert(1)</script>"} and {42}.{/* an editor's note */}\n\n<Analysis title={"Quoted <b>title</b>"}>\n\nText.\n\n</Analysis>\n`));
    expect(errors(issues)).toEqual([]);
    expect(html).toContain("Lead &lt;script&gt;alert(1)&lt;/script&gt; and 42.");
    expect(html).not.toContain("an editor's note");
    expect(stubsIn(html!, "Analysis")[0]?.title).toBe("Quoted <b>title</b>");
  });

  test("markup in a component's title is escaped, and safe HTML keeps its safe attributes", async () => {
    const { html, issues } = await render(
      mdx(`\n\nLead.\n\n## Main News\n\n<NewsItem title="<img src=x onerror=alert(1)>">\n\nText <a href="https://example.com/x" target="_blank">link</a> <abbr title="Kubernetes">K8s</abbr>.\n\n**Source:** [a](https://example.com/a)\n\n</NewsItem>\n`),
    );
    expect(errors(issues)).toEqual([]);
    expect(stubsIn(html!, "NewsItem")[0]?.title).toBe("<img src=x onerror=alert(1)>");
    expect(html).not.toContain("<img");
    expect(html).toContain('<a href="https://example.com/x" target="_blank" rel="noopener noreferrer">link</a>');
    expect(html).toContain('<abbr title="Kubernetes">K8s</abbr>');
  });

  test("a <SourceList /> placed by the editor lists the pipeline's sources", async () => {
    const { html } = await render(mdx(`\n\nLead.\n\n<NewsItem title="A">\n\n**Source:** [a](https://example.com/a)\n\n</NewsItem>\n\n<SourceList />\n\n<Analysis title="After">\n\nText.\n\n</Analysis>\n`));
    const [list] = stubsIn(html!, "SourceList");
    expect(list?.sources?.map((s) => s.url)).toEqual(["https://example.com/a"]);
    expect(html!.indexOf('data-c="SourceList"')).toBeLessThan(html!.indexOf('data-c="Analysis"'));
  });
});
