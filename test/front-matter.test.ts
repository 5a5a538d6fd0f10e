import { describe, expect, test } from "vitest";
import { parseFrontMatter, splitFrontMatter } from "@/lib/content/front-matter";
import { parsePost } from "./helpers";

const FILE = "content/posts/x/zh.md";
const parse = (raw: string) => parseFrontMatter(FILE, raw);
const one = (raw: string) => {
  const { data, issues } = parse(raw);
  expect(data).toBeNull();
  expect(issues).toHaveLength(1);
  const issue = issues[0]!;
  expect(issue.file).toBe(FILE);
  expect(issue.severity).toBe("error");
  return issue;
};

describe("splitFrontMatter", () => {
  test("body keeps the file's line numbers", () => {
    const split = splitFrontMatter("---\ntitle: T\ndate: 2026-01-18\n---\nHello\n");
    expect(split.yaml).toBe("title: T\ndate: 2026-01-18");
    expect(split.body.split("\n")[4]).toBe("Hello");
  });

  test("no front matter", () => {
    expect(splitFrontMatter("# Hi\n").yaml).toBeNull();
  });
});

describe("Jekyll front matter variants", () => {
  test("layout is accepted, unknown keys are kept", () => {
    const { data, issues } = parse("---\nlayout: post\ntitle: T\ndate: 2026-01-18\ncomments: true\nseries: k8s\n---\n");
    expect(issues).toEqual([]);
    expect(data!.title).toBe("T");
    expect((data as Record<string, unknown>).comments).toBe(true);
    expect((data as Record<string, unknown>).series).toBe("k8s");
  });

  test("categories and tags as YAML lists", () => {
    const { data } = parse("---\ntitle: T\ndate: 2026-01-18\ncategories:\n  - cloud-native\ntags:\n  - kubernetes\n  - 云原生\n---\n");
    expect(data!.categories).toEqual(["cloud-native"]);
    expect(data!.tags).toEqual(["kubernetes", "云原生"]);
  });

  test("categories and tags as space-separated strings, incl. Chinese", () => {
    const { data, issues } = parse("---\ntitle: T\ndate: 2026-01-18\ncategories: cloud-native news\ntags: 云原生 边缘计算  kubernetes\n---\n");
    expect(issues).toEqual([]);
    expect(data!.categories).toEqual(["cloud-native", "news"]);
    expect(data!.tags).toEqual(["云原生", "边缘计算", "kubernetes"]);
  });

  test("duplicated tags are deduplicated", () => {
    expect(parse("---\ntitle: T\ndate: 2026-01-18\ntags: [k8s, ai, k8s]\n---\n").data!.tags).toEqual(["k8s", "ai"]);
    expect(parse("---\ntitle: T\ndate: 2026-01-18\ntags: k8s ai k8s\n---\n").data!.tags).toEqual(["k8s", "ai"]);
  });

  test("missing categories and tags default to empty lists; draft defaults to false", () => {
    const { data } = parse("---\ntitle: T\ndate: 2026-01-18\n---\n");
    expect(data!.categories).toEqual([]);
    expect(data!.tags).toEqual([]);
    expect(data!.draft).toBe(false);
  });

  describe("BOM and CRLF files parse like LF", () => {
    const lf = [
      "---",
      "title: T",
      "date: 2026-02-01 08:30:00 +0800",
      "tags: 云原生 边缘计算",
      "---",
      "",
      "Lead.",
      "",
      "## Main News",
      "",
      "### No source here",
      "",
      "Text.",
      "",
      "### With source",
      "",
      "**Source:** [a](https://a.example/x)",
      "",
    ].join("\n");
    const badLf = "---\ntitle: T\ndate: 2026-13-45\n---\nBody\n";
    const variants = {
      bom: (s: string) => `\uFEFF${s}`,
      crlf: (s: string) => s.replace(/\n/g, "\r\n"),
      "bom+crlf": (s: string) => `\uFEFF${s.replace(/\n/g, "\r\n")}`,
    };

    test.each(Object.entries(variants))("%s", (_, convert) => {
      const expected = parsePost(lf);
      expect(expected.summary!.items).toHaveLength(2);
      expect(expected.issues).toHaveLength(1);
      expect(expected.issues[0]!.line).toBe(11);
      const actual = parsePost(convert(lf));
      expect(actual.data).toEqual(expected.data);
      expect(actual.summary).toEqual(expected.summary);
      expect(actual.issues).toEqual(expected.issues);

      const bad = parsePost(badLf);
      expect(bad.issues[0]).toMatchObject({ line: 3, column: 7 });
      expect(parsePost(convert(badLf)).issues).toEqual(bad.issues);
    });
  });
});

describe("bad front matter names file, line, column and field", () => {
  test("missing title", () => {
    const issue = one("---\ndate: 2026-01-18\n---\nBody\n");
    expect(issue.message).toContain("title is required");
    // The front matter block starts at line 1; its first YAML line is 2.
    expect([1, 2]).toContain(issue.line);
    expect(issue.column).toBe(1);
  });

  test("missing date", () => {
    expect(one("---\ntitle: T\n---\nBody\n").message).toContain("date is required");
  });

  test("empty title", () => {
    const issue = one('---\ntitle: ""\ndate: 2026-01-18\n---\n');
    expect(issue.message).toMatch(/title/);
    expect(issue).toMatchObject({ line: 2, column: 8 });
  });

  test.each(["title", "date"])("blank %s: (YAML null) names the field", (field) => {
    const lines = ["title: T", "date: 2026-01-18"].map((l) => (l.startsWith(field) ? `${field}:` : l));
    const issue = one(`---\n${lines.join("\n")}\n---\n`);
    expect(issue.message).toContain(field);
    expect(issue.line).toBe(field === "title" ? 2 : 3);
  });

  test("whitespace-only title is empty", () => {
    expect(one('---\ntitle: "   "\ndate: 2026-01-18\n---\n').message).toMatch(/title is empty/);
  });

  test("impossible date 2026-13-45 points at the value", () => {
    const issue = one("---\ntitle: T\ndate: 2026-13-45\n---\nBody\n");
    expect(issue.message).toContain('date "2026-13-45" is not a valid date');
    expect(issue).toMatchObject({ line: 3, column: 7 });
  });

  test("impossible date 2026-02-30", () => {
    const issue = one("---\ntitle: T\nauthor: A\ndate: 2026-02-30\n---\n");
    expect(issue.message).toContain('date "2026-02-30" is not a valid date');
    expect(issue).toMatchObject({ line: 4, column: 7 });
  });

  test("invalid YAML: unclosed quote is reported at or after its line", () => {
    const { data, issues } = parse('---\ntitle: T\ndate: 2026-01-18\nauthor: "A\ntags: k8s\n---\n');
    expect(data).toBeNull();
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]!.file).toBe(FILE);
    expect(issues[0]!.message).toMatch(/invalid YAML/);
    expect(issues[0]!.line).toBeGreaterThanOrEqual(4);
    expect(issues[0]!.line).toBeLessThanOrEqual(5);
  });

  test("invalid YAML: bad indentation", () => {
    const { data, issues } = parse("---\ntitle: T\ndate: 2026-01-18\ntags:\n    - a\n  - b\n---\n");
    expect(data).toBeNull();
    expect(issues[0]!.message).toMatch(/invalid YAML/);
    expect(issues[0]!.line).toBe(6);
    expect(issues[0]!.column).toBe(1);
  });

  test("invalid YAML: duplicated key", () => {
    const { issues } = parse("---\ntitle: T\ntitle: U\ndate: 2026-01-18\n---\n");
    expect(issues[0]!.message).toMatch(/invalid YAML/);
    expect(issues[0]!.line).toBe(3);
  });

  test("no front matter at all", () => {
    const issue = one("# Just a heading\n\nBody\n");
    expect(issue.message).toMatch(/missing front matter/);
    expect(issue).toMatchObject({ line: 1, column: 1 });
  });

  test('draft: "yes" is not a boolean', () => {
    const issue = one('---\ntitle: T\ndate: 2026-01-18\ndraft: "yes"\n---\n');
    expect(issue.message).toMatch(/draft must be true or false/);
    expect(issue).toMatchObject({ line: 4, column: 8 });
  });

  test("source that is not a string", () => {
    const issue = one("---\ntitle: T\ndate: 2026-01-18\nsource: 123\n---\n");
    expect(issue.message).toMatch(/source must be a URL/);
    expect(issue).toMatchObject({ line: 4, column: 9 });
  });

  test("non-http source", () => {
    const issue = one("---\ntitle: T\ndate: 2026-01-18\nsource: ftp://example.com/x\n---\n");
    expect(issue.message).toMatch(/source must be an http/);
    expect(issue).toMatchObject({ line: 4, column: 9 });
  });

  test("front matter that is a list, not a map", () => {
    const issue = one("---\n- title: T\n- date: 2026-01-18\n---\n");
    expect(issue.message).toMatch(/key: value/);
    expect(issue.line).toBe(2);
  });

  test("several errors are all reported", () => {
    const { issues } = parse("---\ntitle: T\ndate: 2026-13-45\ndraft: maybe\n---\n");
    expect(issues.map((i) => i.line)).toEqual([3, 4]);
  });
});
