import { mkdirSync, symlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadAll } from "@/lib/content/store";
import { FM } from "./helpers";
import { withTempProject, write } from "./cli";

// A contributor's pull request can add symbolic links; on the build machine
// they would publish any file the build can read. Links inside content/ are fine.
const project = withTempProject("digest-symlinks-");
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';
const post = (extra = "") => `${FM("", "Secret")}\nLead.\n\n## Main News\n\n### Item\n\n${extra}**Source:** [a](https://a.example.org/)\n`;

/** Every issue of the content: the store's own and each post's. */
const allIssues = () => {
  const { problems, entries } = loadAll();
  return [...problems, ...entries.flatMap((e) => e.issues)];
};
const errorsAt = (file: string) => allIssues().filter((p) => p.file === file && p.severity === "error").map((p) => p.message);

describe("content paths that leave content/ through a symbolic link", () => {
  test("a post file linked to a Markdown file elsewhere is an error and not published", () => {
    write(project.dir, "outside/secret.md", post());
    mkdirSync(path.join(project.dir, "content/posts/leak"), { recursive: true });
    symlinkSync(path.join(project.dir, "outside/secret.md"), path.join(project.dir, "content/posts/leak/en.md"));
    expect(errorsAt("content/posts/leak/en.md")).toEqual([expect.stringMatching(/^en\.md is a link to a file outside content\/;/)]);
    expect(loadAll().entries.map((e) => e.slug)).not.toContain("leak");
  });

  test("a post folder linked to a folder elsewhere is an error and not published", () => {
    write(project.dir, "outside/leak/en.md", post());
    mkdirSync(path.join(project.dir, "content/posts"), { recursive: true });
    symlinkSync(path.join(project.dir, "outside/leak"), path.join(project.dir, "content/posts/leak"));
    expect(errorsAt("content/posts/leak")).toEqual([expect.stringMatching(/^post folder "leak" is a link to a file outside content\//)]);
    expect(loadAll().entries).toEqual([]);
  });

  test("an image linked to an SVG elsewhere is an error and not served under /media", () => {
    write(project.dir, "outside/secret.svg", SVG);
    write(project.dir, "content/posts/pic/en.md", post("![A chart](./chart.svg)\n\n"));
    symlinkSync(path.join(project.dir, "outside/secret.svg"), path.join(project.dir, "content/posts/pic/chart.svg"));
    const { entries } = loadAll();
    expect(allIssues().filter((p) => p.severity === "error").map((p) => p.message)).toEqual([
      expect.stringMatching(/^image "\.\/chart\.svg" is a link to a file outside content\//),
    ]);
    expect([...(entries[0]?.media.keys() ?? [])]).toEqual([]);
  });

  test("taxonomy.yml linked to a file elsewhere is an error and not read", () => {
    write(project.dir, "outside/names.yml", "tags:\n  x: { zh: 秘密, en: Secret }\ncategories: {}\n");
    write(project.dir, "content/posts/a/en.md", post());
    symlinkSync(path.join(project.dir, "outside/names.yml"), path.join(project.dir, "content/taxonomy.yml"));
    const { taxonomy } = loadAll();
    expect(errorsAt("content/taxonomy.yml")).toEqual([expect.stringMatching(/^taxonomy\.yml is a link to a file outside content\//)]);
    expect(taxonomy.tags.size).toBe(0);
  });

  test("links that stay inside content/ are followed as before", () => {
    write(project.dir, "content/posts/a/en.md", post("![A chart](./chart.svg)\n\n"));
    write(project.dir, "content/shared/chart.svg", SVG);
    symlinkSync(path.join(project.dir, "content/posts/a/en.md"), path.join(project.dir, "content/posts/a/zh.md"));
    symlinkSync(path.join(project.dir, "content/posts/a"), path.join(project.dir, "content/posts/b"));
    symlinkSync(path.join(project.dir, "content/shared/chart.svg"), path.join(project.dir, "content/posts/a/chart.svg"));
    const { entries } = loadAll();
    expect(allIssues().filter((p) => p.severity === "error").map((p) => `${p.file}: ${p.message}`)).toEqual([]);
    expect(entries.map((e) => `${e.slug}/${e.locale}`).sort()).toEqual(["a/en", "a/zh", "b/en", "b/zh"]);
  });
});
