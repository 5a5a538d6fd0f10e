import { rmSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { unnamedTermIssues } from "@/lib/content/check";
import { parseTaxonomy, termDescription, termName } from "@/lib/content/taxonomy";
import { runScript, tempDir, write } from "./cli";
import { parsePost } from "./helpers";
import type { Entry } from "@/lib/content/store";

const FILE = "content/taxonomy.yml";
const lines = (raw: string) => parseTaxonomy(FILE, raw).issues.map((i) => `${i.file}:${i.line}:${i.column} ${i.severity}: ${i.message}`);

describe("taxonomy.yml", () => {
  test("names and descriptions per language; a term without an entry shows its slug", () => {
    const { taxonomy, issues } = parseTaxonomy(
      FILE,
      "tags:\n  sovereign-ai: { zh: 主权 AI, en: Sovereign AI }\n  边缘计算: { zh: 边缘计算, en: Edge computing, description: { zh: 描述, en: About the edge } }\ncategories:\n  cloud-native:\n    zh: 云原生\n    en: Cloud native\n",
    );
    expect(issues).toEqual([]);
    expect(termName(taxonomy, "tags", "sovereign-ai", "zh")).toBe("主权 AI");
    expect(termName(taxonomy, "tags", "sovereign-ai", "en")).toBe("Sovereign AI");
    expect(termName(taxonomy, "categories", "cloud-native", "zh")).toBe("云原生");
    expect(termDescription(taxonomy, "tags", "边缘计算", "en")).toBe("About the edge");
    expect(termDescription(taxonomy, "tags", "sovereign-ai", "en")).toBeUndefined();
    expect(termName(taxonomy, "tags", "kubernetes", "zh")).toBe("kubernetes");
    // A tag's name is not a category's.
    expect(termName(taxonomy, "categories", "sovereign-ai", "en")).toBe("sovereign-ai");
  });

  test("no file, or an empty one, names nothing", () => {
    expect(parseTaxonomy(FILE, null).issues).toEqual([]);
    expect(parseTaxonomy(FILE, "").issues).toEqual([]);
    expect(parseTaxonomy(FILE, "tags:\ncategories:\n").issues).toEqual([]);
  });

  test("broken YAML is an error at its line and column", () => {
    expect(lines("tags:\n  a: { zh: A, en: A\n")).toEqual([expect.stringMatching(/^content\/taxonomy\.yml:3:1 error: invalid YAML: /)]);
    expect(lines("tags:\n  a: { zh: A, en: A }\n  a: { zh: B, en: B }\n")).toEqual([expect.stringMatching(/^content\/taxonomy\.yml:3:3 error: invalid YAML: Map keys must be unique/)]);
  });

  test("a missing language, an unknown key or a wrong shape is an error where it is written", () => {
    expect(lines("tags:\n  a: { zh: A }\n")).toEqual(["content/taxonomy.yml:2:6 error: tags.a.en: must be text"]);
    expect(lines("tags:\n  a: { zh: A, en: A, fr: A }\n")).toEqual([expect.stringMatching(/^content\/taxonomy\.yml:2:6 error: tags\.a: .*fr/)]);
    expect(lines("tags:\n  a: Just a name\n")).toEqual(["content/taxonomy.yml:2:6 error: tags.a: must give a name per language: { zh: …, en: … }"]);
    expect(lines("labels:\n  a: { zh: A, en: A }\n")).toEqual([expect.stringMatching(/^content\/taxonomy\.yml:1:1 error: .*labels/)]);
    expect(lines("tags:\n  a: { zh: '', en: A }\n")).toEqual(["content/taxonomy.yml:2:12 error: tags.a.zh: must not be empty"]);
  });
});

describe("content:check", () => {
  test("a term a post uses without a name is a warning at its tags: or categories: line", () => {
    const file = "content/posts/p/zh.md";
    const raw = "---\ntitle: T\ndate: 2026-01-18\ncategories: [cloud-native]\ntags: [sovereign-ai, kubernetes, k8s]\n---\n\nLead.\n";
    const post = parsePost(raw, file);
    const entry = { slug: "p", locale: "zh", file, meta: post.data } as Entry;
    const { taxonomy } = parseTaxonomy(FILE, "tags:\n  sovereign-ai: { zh: 主权 AI, en: Sovereign AI }\ncategories:\n  cloud-native: { zh: 云原生, en: Cloud native }\n");
    expect(unnamedTermIssues([entry], taxonomy, () => raw).map((i) => `${i.line}:${i.column} ${i.severity}: ${i.message}`)).toEqual([
      '5:1 warning: tag "kubernetes", tag "k8s" have no name in taxonomy.yml, so readers see the slug; add kubernetes: { zh: …, en: … }, k8s: { zh: …, en: … } under tags:',
    ]);
  });
});

describe("npm run content:check with a taxonomy.yml", { timeout: 120_000 }, () => {
  test("warns about unnamed terms, and a broken file fails the check naming its line", () => {
    const dir = tempDir("digest-taxonomy-");
    try {
      write(dir, "content/posts/p/zh.md", "---\ntitle: T\ndate: 2026-01-18\ntags: [named, unnamed]\n---\n\nLead.\n");
      write(dir, "content/taxonomy.yml", "tags:\n  named: { zh: 有名, en: Named }\n");
      const ok = runScript("content-check.ts", [], dir);
      expect(ok.status).toBe(0);
      expect(ok.lines).toContain('content/posts/p/zh.md:4:1 warning: tag "unnamed" has no name in taxonomy.yml, so readers see the slug; add unnamed: { zh: …, en: … } under tags:');
      write(dir, "content/taxonomy.yml", "tags:\n  named: { zh: 有名 }\n");
      const broken = runScript("content-check.ts", [], dir);
      expect(broken.status).toBe(1);
      expect(broken.lines).toContain("content/taxonomy.yml:2:10 error: tags.named.en: must be text");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
