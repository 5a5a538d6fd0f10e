import { utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { loadAll } from "@/lib/content/store";
import { withTempProject, write } from "./cli";
import { errors, warnings } from "./helpers";
import { render } from "./render";

// Images beside a post: checked where they are written, published under a
// content-hashed URL with their size, smaller WebP copies and lazy loading.
let png: Buffer;
let wide: Buffer;

beforeAll(async () => {
  png = await sharp({ create: { width: 400, height: 200, channels: 3, background: "#1f54c2" } }).png().toBuffer();
  wide = await sharp({ create: { width: 1600, height: 900, channels: 3, background: "#2b8a3e" } }).jpeg().toBuffer();
});
const project = withTempProject("digest-images-");
afterEach(() => vi.unstubAllEnvs());

const P = "content/posts";
const post = (body: string) => `---\ntitle: "T"\ndate: 2026-01-18\n---\n\n${body}\n`;
const entryOf = (slug: string, locale = "zh") => loadAll().entries.find((e) => e.slug === slug && e.locale === locale)!;
const lines = (slug: string, locale = "zh") => entryOf(slug, locale).issues.map((i) => `${i.line}:${i.column} ${i.severity}: ${i.message}`);

describe("checking images", () => {
  test("a missing file, no alt text, outside the folder, an unsupported type: errors at file:line:col", () => {
    write(project.dir, `${P}/other/chart.png`, png);
    write(project.dir, `${P}/bad/zh.md`, post(["![图](./missing.png)", "", "![](./chart.png)", "", "![图](../other/chart.png)", "", "![图](/chart.png)", "", "![图](./notes.txt)"].join("\n")));
    write(project.dir, `${P}/bad/chart.png`, png);
    write(project.dir, `${P}/bad/notes.txt`, "text");
    expect(lines("bad")).toEqual([
      '8:1 error: image "./chart.png" has no alt text; describe it for readers who cannot see it: ![what the image shows](./chart.png)',
      '6:1 error: image "./missing.png" not found: there is no missing.png in this post\'s folder (names are case-sensitive)',
      '10:1 error: image "../other/chart.png" is outside the post\'s folder; put the file next to this post and write ./chart.png',
      '12:1 error: image "/chart.png" is outside the post\'s folder; put the file next to this post and write ./chart.png',
      '14:1 error: image "./notes.txt" is not a supported image; use png, jpg, jpeg, webp, gif, avif, svg',
    ]);
  });

  test("over 1 MB is a warning; an SVG with script is an error; a subfolder of the post is fine", async () => {
    const big = await sharp({ create: { width: 1200, height: 1200, channels: 3, background: "#000", noise: { type: "gaussian", mean: 128, sigma: 60 } } }).png({ compressionLevel: 0 }).toBuffer();
    expect(big.length).toBeGreaterThan(1024 * 1024);
    write(project.dir, `${P}/p/big.png`, big);
    write(project.dir, `${P}/p/img/ok.png`, png);
    write(project.dir, `${P}/p/bad.svg`, '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"/>');
    write(project.dir, `${P}/p/zh.md`, post("![大图](./big.png)\n\n![子目录](./img/ok.png)\n\n![脚本](./bad.svg)"));
    const issues = entryOf("p").issues;
    expect(warnings(issues).map((i) => `${i.line}:${i.column} ${i.message}`)).toEqual([expect.stringMatching(/^6:1 image "\.\/big\.png" is \d+\.\d MB; .*under 1 MB/)]);
    expect(errors(issues).map((i) => `${i.line}:${i.column} ${i.message}`)).toEqual([expect.stringMatching(/^10:1 image "\.\/bad\.svg" holds script/)]);
  });

  test("both languages share the folder's images under one hashed URL", () => {
    write(project.dir, `${P}/p/chart.png`, png);
    write(project.dir, `${P}/p/zh.md`, post("![图表](./chart.png)"));
    write(project.dir, `${P}/p/en.md`, post("![Chart](./chart.png)"));
    const zh = entryOf("p", "zh").images["./chart.png"]!;
    expect(zh).toEqual(entryOf("p", "en").images["./chart.png"]);
    expect(zh.src).toMatch(/^\/media\/[0-9a-f]{16}\.png$/);
    expect([zh.width, zh.height]).toEqual([400, 200]);
    expect(zh.variants).toEqual([]); // narrower than the smallest copy
  });
});

describe("publishing images", () => {
  const compile = async (slug: string) => {
    const e = entryOf(slug);
    return render({ file: e.file, body: e.body, format: e.format, title: "T", images: e.images });
  };

  test("width, height, WebP copies, sizes; the lead's image loads at once, later ones lazily", async () => {
    write(project.dir, `${P}/p/wide.jpg`, wide);
    write(project.dir, `${P}/p/small.png`, png);
    write(project.dir, `${P}/p/zh.mdx`, post("导语 ![宽图](./wide.jpg)\n\n## 主要新闻\n\n### 条目\n\n![小图](./small.png)\n\n**来源：** [a](https://cncf.io/a)"));
    const { html, issues } = await compile("p");
    expect(errors(issues)).toEqual([]);
    const [first, second] = html!.match(/<img [^>]*>/g)!;
    const hash = /\/media\/([0-9a-f]{16})\.jpg/.exec(first!)![1];
    expect(first).toContain(`src="/media/${hash}.jpg"`);
    expect(first).toContain('width="1600" height="900"');
    expect(first).toContain(`srcSet="/media/${hash}-480.webp 480w, /media/${hash}-960.webp 960w, /media/${hash}-1440.webp 1440w, /media/${hash}.jpg 1600w"`);
    expect(first).toContain('sizes="(min-width: 44rem) 656px, calc(100vw - 2rem)"');
    expect(first).not.toContain("loading=");
    expect(second).toMatch(/src="\/media\/[0-9a-f]{16}\.png"/);
    expect(second).toContain('width="400" height="200"');
    expect(second).toContain('loading="lazy"');
    expect(second).not.toContain("srcSet");
  });

  test("the published files: the original and each copy, only for images that resolved", () => {
    write(project.dir, `${P}/p/wide.jpg`, wide);
    write(project.dir, `${P}/p/zh.md`, post("![宽图](./wide.jpg) ![缺](./gone.png)"));
    const media = entryOf("p").media;
    const names = [...media.keys()];
    expect(names).toHaveLength(4);
    expect(names.filter((n) => n.endsWith(".webp")).map((n) => media.get(n)!.width)).toEqual([480, 960, 1440]);
    expect(media.get(names.find((n) => n.endsWith(".jpg"))!)).toEqual({ abs: path.join(project.dir, P, "p", "wide.jpg"), type: "image/jpeg" });
  });

  test("in development an edited or added image is picked up on the next read", () => {
    vi.stubEnv("NODE_ENV", "development");
    write(project.dir, `${P}/p/zh.md`, post("![图](./chart.png)"));
    expect(lines("p")[0]).toMatch(/not found/);
    write(project.dir, `${P}/p/chart.png`, png);
    expect(lines("p")).toEqual([]);
    const before = entryOf("p").images["./chart.png"]!.src;
    writeFileSync(path.join(project.dir, P, "p", "chart.png"), wide);
    const later = new Date(Date.now() + 5000);
    utimesSync(path.join(project.dir, P, "p", "chart.png"), later, later);
    expect(entryOf("p").images["./chart.png"]!.src).not.toBe(before);
  });
});

