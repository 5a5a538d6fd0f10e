import { rmSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { compareTranslations } from "@/lib/content/compare";
import { loadAll, resetContentCache } from "@/lib/content/store";
import { ROOT, tempDir, write } from "./cli";

// The translators' side-by-side view: the two languages aligned, and what differs.
afterEach(() => {
  vi.unstubAllEnvs();
  resetContentCache();
});

describe("compareTranslations", () => {
  beforeEach(() => resetContentCache());

  test("the fixture pair whose items differ", () => {
    vi.stubEnv("DIGEST_CONTENT_DIR", path.join(ROOT, "e2e", "fixtures", "posts"));
    const c = compareTranslations("translation-drift-digest", loadAll())!;
    expect(c.sides.zh!.items.map((i) => i.title)).toEqual(["第一条：两种语言的来源不同", "第二条：两种语言一致", "第三条：只在中文版"]);
    expect(c.sides.en!.items).toHaveLength(2);
    expect(c.sides.zh!.analysis).toBe("中文分析。");
    expect(c.sides.en!.conclusion).toBe("English conclusion.");
    expect(c.sides.zh!.editorUrl).toBe(`vscode://file${path.join(ROOT, "e2e", "fixtures", "posts", "translation-drift-digest", "zh.md")}`);
    expect(c.differences).toEqual([
      { kind: "date" },
      { kind: "tags" },
      { kind: "itemCount" },
      { kind: "sourceOnlyIn", index: 0, locale: "zh", url: "https://example.com/zh/only-in-zh" },
      { kind: "sourceOnlyIn", index: 0, locale: "en", url: "https://example.com/en/only-in-en" },
      { kind: "missingItem", index: 2, missingIn: "en" },
      { kind: "stale", locale: "en" },
    ]);
    // content:check's messages for both files, and only those.
    expect(c.issues.some((i) => i.file.endsWith("translation-drift-digest/en.md") && /translation may be out of date/.test(i.message))).toBe(true);
    expect(c.issues.every((i) => i.file.includes("translation-drift-digest/"))).toBe(true);
  });

  test("issue numbers, a missing translation, and agreement", () => {
    const dir = tempDir("digest-compare-");
    try {
      vi.stubEnv("DIGEST_CONTENT_DIR", path.join(dir, "posts"));
      const post = (extra: string) => `---\ntitle: T\ndate: 2026-01-18\n${extra}---\n\nLead.\n\n## Main News\n\n### A\n\n**Source:** [a](https://cncf.io/a)\n`;
      write(dir, "posts/same/zh.md", post(""));
      write(dir, "posts/same/en.md", post(""));
      write(dir, "posts/numbers/zh.md", post("issue: 3\n"));
      write(dir, "posts/numbers/en.md", post("issue: 4\n"));
      write(dir, "posts/alone/zh.md", post(""));
      const snapshot = loadAll();
      expect(compareTranslations("same", snapshot)!.differences).toEqual([]);
      expect(compareTranslations("numbers", snapshot)!.differences).toEqual([{ kind: "issue" }]);
      expect(compareTranslations("alone", snapshot)!.differences).toEqual([{ kind: "missingTranslation", locale: "en" }]);
      expect(compareTranslations("nothing-here", snapshot)).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
