import { describe, expect, test } from "vitest";
import { FM, errors, parsePost, warnings } from "./helpers";

const A = "https://a.example/one";
const B = "https://b.example/two";

/** A post with one news item whose body is `lines`; the ### is line 10, its body starts at line 12. */
const oneItem = (...lines: string[]) =>
  parsePost(`${FM()}\nLead.\n\n## Main News\n\n### Item\n\n${lines.join("\n\n")}\n`);
const ITEM_BODY_LINE = 12;

const cited = (post: ReturnType<typeof parsePost>) => ({
  items: post.summary!.items.map((i) => i.sources),
  urls: post.summary!.sources.map((s) => s.url),
});

describe("source line variants", () => {
  test.each([
    ["bold English", `**Source:** [t](${A})`],
    ["not bold", `Source: [t](${A})`],
    ["lower case", `source: [t](${A})`],
    ["bold Chinese label with full-width colon inside", `**来源：** [t](${A})`],
    ["bold 出处 with colon outside", `**出处**: [t](${A})`],
    ["full-width colon", `Source：[t](${A})`],
    ["Chinese, no space", `来源：[t](${A})`],
    ["autolink", `Source: <${A}>`],
  ])("%s: %s", (_, line) => {
    const post = oneItem("Body text.", line);
    expect(cited(post)).toEqual({ items: [[1]], urls: [A] });
    expect(post.issues).toEqual([]);
    expect(post.summary!.text).toContain("Body text.");
    expect(post.summary!.text).not.toMatch(/Source|来源|出处/i);
  });

  test.each([
    ["Sources with comma", `**Sources:** [a](${A}), [b](${B})`],
    ["来源 with 、", `来源：[a](${A})、[b](${B})`],
    ["and", `Sources: [a](${A}) and [b](${B})`],
  ])("several links in one line, %s", (_, line) => {
    const post = oneItem(line);
    expect(cited(post)).toEqual({ items: [[1, 2]], urls: [A, B] });
    expect(post.issues).toEqual([]);
  });

  test("link titles are kept", () => {
    const post = oneItem(`**Sources:** [Alpha](${A}), [Beta](${B})`);
    expect(post.summary!.sources.map((s) => [s.n, s.title, s.domain])).toEqual([
      [1, "Alpha", "a.example"],
      [2, "Beta", "b.example"],
    ]);
  });

  test("two source lines in one item", () => {
    expect(cited(oneItem("Text.", `**Source:** [a](${A})`, `**Source:** [b](${B})`))).toEqual({ items: [[1, 2]], urls: [A, B] });
  });

  test("two source lines in one paragraph", () => {
    expect(cited(oneItem(`**Source:** [a](${A})\n**Source:** [b](${B})`))).toEqual({ items: [[1, 2]], urls: [A, B] });
  });

  test("an item without a source line gets a warning naming it", () => {
    const post = oneItem("Just text.");
    expect(post.summary!.items).toEqual([{ id: "item-1", title: "Item", sources: [] }]);
    expect(errors(post.issues)).toEqual([]);
    const [w] = warnings(post.issues);
    expect(w).toMatchObject({ file: "content/posts/x/zh.md", line: 10, column: 1, severity: "warning" });
    expect(w!.message).toContain('"Item"');
    expect(post.issues).toHaveLength(1);
  });

  test("prose that mentions a source is not a source line", () => {
    const post = oneItem(`The source of this story is [CNCF](${A}), they said.`);
    expect(post.summary!.items[0]!.sources).toEqual([]);
    expect(post.summary!.sources).toEqual([]);
    expect(post.summary!.text).toContain("The source of this story is CNCF, they said.");
    expect(warnings(post.issues)).toHaveLength(1);
  });

  test("a label followed by prose is not a source line", () => {
    const post = oneItem(`Source: [CNCF](${A}) says adoption doubled.`);
    expect(post.summary!.items[0]!.sources).toEqual([]);
    expect(post.summary!.text).toContain("says adoption doubled");
  });

  test("the same URL cited by two items gets one number", () => {
    const post = parsePost(
      `${FM()}\n## Main News\n\n### One\n\n**Source:** [a](${A})\n\n### Two\n\n**Sources:** [b](${B}), [a again](${A})\n`,
    );
    expect(cited(post)).toEqual({ items: [[1], [2, 1]], urls: [A, B] });
    expect(post.summary!.sources[0]!.title).toBe("a");
  });

  test("the front-matter source is number 1 even when cited later", () => {
    const post = parsePost(
      `${FM(`source: "${B}"\n`)}\n## Main News\n\n### One\n\n**Source:** [a](${A})\n\n### Two\n\n**Source:** [b](${B})\n`,
    );
    expect(cited(post)).toEqual({ items: [[2], [1]], urls: [B, A] });
    expect(post.summary!.sources[0]!.title).toBe("b");
  });

  test("a front-matter source nobody cites is still listed, titled by its domain", () => {
    const post = parsePost(`${FM(`source: "https://www.example.com/x"\n`)}\nLead only.\n`);
    expect(post.summary!.sources).toEqual([{ n: 1, url: "https://www.example.com/x", title: "example.com", domain: "example.com" }]);
  });

  describe("non-http source URLs are errors at the link", () => {
    test.each([
      ["javascript:alert(1)", "**Source:** ", 13],
      ["ftp://x", "Source: ", 9],
      ["/foo", "来源：", 4],
    ])("%s", (url, label, column) => {
      const post = oneItem("Text.", `${label}[t](${url})`);
      const errs = errors(post.issues);
      expect(errs.length).toBeGreaterThan(0);
      for (const e of errs) expect(e).toMatchObject({ file: "content/posts/x/zh.md", line: ITEM_BODY_LINE + 2, column });
      expect(errs.some((e) => e.message.includes(url))).toBe(true);
      expect(post.summary!.sources.map((s) => s.url)).not.toContain(url);
    });

    test("the error points at the bad link, not the first one", () => {
      const post = oneItem(`**Sources:** [a](${A}), [b](ftp://x)`);
      expect(errors(post.issues)).toEqual([expect.objectContaining({ line: ITEM_BODY_LINE, column: 14 + "[a](".length + A.length + "), ".length })]);
      expect(cited(post)).toEqual({ items: [[1]], urls: [A] });
    });
  });
});

describe("digest structure", () => {
  test("sections are recognised in Chinese and English", () => {
    for (const [news, analysis, conclusion] of [
      ["主要新闻", "分析", "结论"],
      ["Main News", "Analysis", "Conclusion"],
    ]) {
      const post = parsePost(`${FM()}\nLead.\n\n## ${news}\n\n### X\n\n**Source:** [a](${A})\n\n## ${analysis}\n\nA.\n\n## ${conclusion}\n\nC.\n`);
      expect(post.summary).toMatchObject({ lead: "Lead.", hasAnalysis: true, hasConclusion: true });
      expect(post.summary!.items).toHaveLength(1);
    }
  });

  test("a leading # heading that differs from the title is kept in the lead", () => {
    const post = parsePost(`${FM("", "Title")}\n# Something else\n\nLead.\n\n## Analysis\n\nA.\n`);
    expect(post.summary!.lead).toBe("Something else\n\nLead.");
  });

  test("a leading # heading repeating the title is dropped", () => {
    const post = parsePost(`${FM("", "Title")}\n# Title\n\nLead.\n\n## Analysis\n\nA.\n`);
    expect(post.summary!.lead).toBe("Lead.");
  });

  test("several trailing --- are dropped, one in the middle is kept", () => {
    const post = parsePost(`${FM()}\nLead.\n\n---\n\nMore.\n\n---\n\n---\n`);
    expect(post.summary!.lead).toBe("Lead.\n\n\n\nMore.");
  });

  test("a post without ## headings is all lead", () => {
    const post = parsePost(`${FM()}\nOne.\n\nTwo.\n`);
    expect(post.summary).toMatchObject({ lead: "One.\n\nTwo.", items: [], sources: [], hasAnalysis: false, hasConclusion: false });
  });
});
