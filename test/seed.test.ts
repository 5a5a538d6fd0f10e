import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { parsePost } from "./helpers";
import { render, skeleton, stubsIn } from "./render";

// The seed as the project was created from it, copied into the fixtures (tests never read content/).
const FILE = "e2e/fixtures/posts/sovereign-edge-ai-kubernetes/zh.md";
const raw = readFileSync(path.join(__dirname, "..", FILE), "utf8");
const SOURCE = "https://www.computerweekly.com/news/366637421/Sovereign-and-edge-AI-drive-return-to-on-premise-Kubernetes";

// ../shared/seed holds the post the project was created from, where it is laid beside the repository.
const SHARED_SEED = path.join(__dirname, "..", "..", "shared", "seed", "sovereign-edge-ai-kubernetes.zh.md");

test.runIf(existsSync(SHARED_SEED))("the seed fixture is the seed, unchanged", () => {
  expect(raw).toBe(readFileSync(SHARED_SEED, "utf8"));
});

describe("seed post (zh)", () => {
  const post = parsePost(raw, FILE);
  const summary = post.summary!;

  test("front matter", () => {
    expect(post.issues).toEqual([]);
    expect(post.data!.title).toBe("云原生技术动态：主权AI与边缘计算驱动Kubernetes部署模式变革");
    expect(post.data!.date.iso).toBe("2026-01-18T00:00:00+08:00");
    expect(post.data!.author).toBe("云原生观察");
    expect(post.data!.source).toBe(SOURCE);
    expect(post.data!.categories).toEqual(["cloud-native"]);
    expect(post.data!.tags).toEqual(["kubernetes", "sovereign-ai", "edge-computing", "cloud-native", "on-premise"]);
  });

  test("three news items", () => {
    expect(summary.items.map((i) => i.title)).toEqual([
      "主权AI驱动本地Kubernetes部署回归",
      "CNCF发布2026年云原生发展预测",
      "Kubernetes与AI推理融合成为2026年核心趋势",
    ]);
    expect(summary.items.map((i) => i.id)).toEqual(["item-1", "item-2", "item-3"]);
  });

  test("three distinct sources, the front-matter source first and shared with item 1", () => {
    expect(summary.sources).toHaveLength(3);
    expect(summary.sources.map((s) => s.n)).toEqual([1, 2, 3]);
    expect(summary.sources[0]!.url).toBe(SOURCE);
    expect(summary.sources[0]!.title).toBe("Sovereign and edge AI drive return to on-premise Kubernetes");
    expect(summary.sources[1]!.url).toBe(
      "https://horovits.medium.com/state-of-cloud-native-2026-cncf-ctos-insights-and-predictions-479e6bbf793c",
    );
    expect(summary.sources[2]!.url).toBe("https://portworx.com/blog/top-tech-trends-2026-kubernetes-ai-inference/");
    expect(summary.items.map((i) => i.sources)).toEqual([[1], [2], [3]]);
  });

  test("domains are shown without www.", () => {
    expect(summary.sources.map((s) => s.domain)).toEqual(["computerweekly.com", "horovits.medium.com", "portworx.com"]);
  });

  test("analysis and conclusion are present", () => {
    expect(summary.hasAnalysis).toBe(true);
    expect(summary.hasConclusion).toBe(true);
  });

  test("the lead is the paragraph before ## 主要新闻, without the # Title", () => {
    expect(summary.lead.startsWith("本周云原生领域迎来重大转变")).toBe(true);
    expect(summary.lead.endsWith("深刻反思。")).toBe(true);
    expect(summary.lead).not.toContain("云原生技术动态");
    expect(summary.lead).not.toContain("主要新闻");
  });

  test("the text has no source labels and no trailing ---", () => {
    expect(summary.text).not.toContain("Source:");
    expect(summary.text).not.toMatch(/---\s*$/);
    expect(summary.text).toContain("2026年初的云原生领域呈现出明显的转型特征");
  });

  describe("rendered with stub components", () => {
    let html = "";
    beforeAll(async () => {
      const result = await render({ file: FILE, body: post.body, format: "md", title: post.data!.title, source: post.data!.source });
      expect(result.issues).toEqual([]);
      html = result.html!;
    });

    test("section structure", () => {
      expect(skeleton(html)).toBe(
        "<Lead></><MainNews><NewsItem></><NewsItem></><NewsItem></></><Analysis></><Conclusion></><SourceList></>",
      );
    });

    test("one lead, one main news section, three news cards", () => {
      expect(stubsIn(html, "Lead")).toHaveLength(1);
      expect(stubsIn(html, "MainNews")).toEqual([expect.objectContaining({ title: "主要新闻" })]);
      const items = stubsIn(html, "NewsItem");
      expect(items.map((i) => i.title)).toEqual(summary.items.map((i) => i.title));
      expect(items.map((i) => i.id)).toEqual(["item-1", "item-2", "item-3"]);
      expect(items.map((i) => i.sources!.map((s) => s.n))).toEqual([[1], [2], [3]]);
      expect(items[0]!.sources![0]!.url).toBe(SOURCE);
    });

    test("analysis, conclusion and one source list with three sources", () => {
      expect(stubsIn(html, "Analysis")).toHaveLength(1);
      expect(stubsIn(html, "Conclusion")).toHaveLength(1);
      const lists = stubsIn(html, "SourceList");
      expect(lists).toHaveLength(1);
      expect(lists[0]!.sources!.map((s) => s.url)).toEqual(summary.sources.map((s) => s.url));
      expect(lists[0]!.sources![0]!.domain).toBe("computerweekly.com");
    });

    test("no h1, no hr, no source-line paragraphs", () => {
      expect(html).not.toMatch(/<h1[\s>]/);
      expect(html).not.toMatch(/<hr[\s/>]/);
      expect(html).not.toContain("Source:");
      expect(html).not.toMatch(/<h2[\s>]/); // sections are components, not headings
    });

    test("the lead holds the intro paragraph and nothing else", () => {
      const lead = /<section data-c="Lead"[^>]*>([\s\S]*?)<\/section>/.exec(html)![1]!;
      expect(lead).toMatch(/^<p>本周云原生领域迎来重大转变/);
      expect(lead.match(/<p>/g)).toHaveLength(1);
    });
  });
});
