import { readFileSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { analyze, analyzeAndCompile, runCompiled, type CompileInput } from "@/lib/content/compile";
import type { ImageAsset, ImageRef } from "@/lib/content/images";
import { parseFrontMatter } from "@/lib/content/front-matter";
import { stubs } from "./render";

// A production build's content snapshot analyses and compiles each post from
// one parse (lib/content/store.ts); the build workers then only run the code.
// Its analysis must be exactly what analysing alone gives (lists, feeds and
// the content check use that), and its code the page (compilePost, which the
// rendering tests in mdx.test.ts cover, runs the same compiler).

const chart: ImageAsset = { src: "/media/0123456789abcdef.png", width: 800, height: 400, variants: [{ width: 480, src: "/media/0123456789abcdef-480.webp" }] };
const resolve = (refs: ImageRef[]) => Object.fromEntries(refs.filter((r) => r.url === "./chart.png").map((r) => [r.url, chart]));

const seed = (locale: string): CompileInput => {
  const file = `content/posts/sovereign-edge-ai-kubernetes/${locale}.md`;
  const fm = parseFrontMatter(file, readFileSync(path.join(process.cwd(), file), "utf8"));
  return { file, body: fm.body, format: "md", title: fm.data!.title, source: fm.data!.source };
};

const withImage: CompileInput = {
  file: "content/posts/x/en.md",
  body: "The lead of a post with a chart: ![a chart](./chart.png).\n\n## Main News\n\n### Item\n\nText ![later](./chart.png) and ![remote](https://example.com/r.png).\n\n**Source:** [s](https://example.com/a)\n",
  format: "md",
  title: "X",
};

const mdx: CompileInput = {
  file: "content/posts/y/en.mdx",
  body: '<Lead>\nThe lead.\n</Lead>\n\n## Main News\n\n<NewsItem title="One">\nBody.\n\n**Source:** [s](https://example.com/b)\n</NewsItem>\n',
  format: "mdx",
  title: "Y",
};

const cases: [string, CompileInput][] = [
  ["the seed post (zh)", seed("zh")],
  ["the seed post (en)", seed("en")],
  ["a post with local and remote images", withImage],
  ["an MDX post", mdx],
  ["a post without a source", { ...withImage, body: "Lead.\n\n## Main News\n\n### Item\n\nNo source.\n" }],
];

describe("analyzeAndCompile: one parse for the analysis and the body", () => {
  test.each(cases)("%s: the same analysis as analysing alone, and code that renders its text", async (_name, input) => {
    const apart = analyze(input);
    const together = analyzeAndCompile(input, resolve);
    expect(together.summary).toStrictEqual(apart.summary);
    expect(together.issues).toStrictEqual(apart.issues);
    expect(together.images).toStrictEqual(apart.images);
    expect(together.code).not.toBeNull();
    const html = renderToStaticMarkup(createElement(await runCompiled(together.code!), { components: stubs }));
    // The lead's first words, as the analysis read them, are on the page.
    expect(html).toContain(apart.summary!.lead.slice(0, 12));
  });

  test("the images it resolves are the refs it found, and the page shows their published URLs", async () => {
    const seen: ImageRef[][] = [];
    const { code } = analyzeAndCompile(withImage, (refs) => (seen.push(refs), resolve(refs)));
    expect(seen).toHaveLength(1);
    expect(seen[0]!.map((r) => r.url)).toEqual(["./chart.png", "./chart.png"]);
    const html = renderToStaticMarkup(createElement(await runCompiled(code!), { components: stubs }));
    expect(html).toContain('src="/media/0123456789abcdef.png"');
    expect(html).not.toContain("./chart.png");
    expect(html).toContain('loading="lazy"');
  });

  test("a post with errors has no code, and the same errors as its analysis", () => {
    const broken: CompileInput = { ...mdx, body: "<script>alert(1)</script>\n\n<NewsItem title=\"x\">\nunclosed\n" };
    const together = analyzeAndCompile(broken, resolve);
    expect(together.code).toBeNull();
    expect(together.issues.some((i) => i.severity === "error")).toBe(true);
    expect(together.issues).toStrictEqual(analyze(broken).issues);
  });

  test("an image without alt text is an error: no code", () => {
    const noAlt = { ...withImage, body: "Lead ![](./chart.png).\n" };
    const together = analyzeAndCompile(noAlt, resolve);
    expect(together.code).toBeNull();
    expect(together.issues.map((i) => i.message).join("\n")).toMatch(/no alt text/);
  });
});
