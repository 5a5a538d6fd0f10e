import { readFileSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { loadAll } from "@/lib/content/store";
import { ROOT, withTempProject, write } from "./cli";
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
    expect(errors(issues).map((i) => `${i.line}:${i.column} ${i.message}`)).toEqual([expect.stringMatching(/^10:1 image "\.\/bad\.svg" has the attribute onload on <svg>/)]);
  });

  // An SVG is read as a browser reads it, and must be a drawing: no string search to get round.
  const SVG = 'xmlns="http://www.w3.org/2000/svg"';
  const XLINK = 'xmlns:xlink="http://www.w3.org/1999/xlink"';
  const HOSTILE_SVGS: [string, string][] = [
    [`<svg ${SVG}><h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script></svg>`, "holds <h:script>"],
    [`<svg ${SVG} ${XLINK}><use xlink:href="&#106;avascript:alert(1)"/></svg>`, 'links to "javascript:alert(1)" from <use>'],
    [`<svg ${SVG}><image href="https://tracker.example/p.png"/></svg>`, 'links to "https://tracker.example/p.png"'],
    [`<svg ${SVG}><set attributeName="href" to="javascript:alert(1)"/></svg>`, "holds <set>"],
    [`<svg ${SVG}><foreignObject><div xmlns="http://www.w3.org/1999/xhtml"/></foreignObject></svg>`, "holds <foreignObject>"],
    [`<!DOCTYPE svg [<!ENTITY j "javascript:">]><svg ${SVG}><use href="&j;alert(1)"/></svg>`, "declares entities in its <!DOCTYPE>"],
    [`<?xml-stylesheet href="https://x.example/s.css"?><svg ${SVG}/>`, "processing instruction <?xml-stylesheet?>"],
    [`<svg ${SVG}>\n<style>rect { fill: u\\72l(https://x.example/) }</style></svg>`, "loads or escapes something in its <style> (line 2 of the SVG)"],
    [`<svg ${SVG}><rect width="1" height="1" fill="url(https://x.example/#g)"/></svg>`, 'loads or escapes something in fill="url(https://x.example/#g)"'],
    [`<svg ${SVG}><rect/>`, "is not well-formed XML"],
    [`<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>`, "is not an SVG"],
  ];

  test("an SVG that is more than a drawing is an error at the image's line, however it is written", () => {
    HOSTILE_SVGS.forEach(([svg], i) => write(project.dir, `${P}/svg/${i}.svg`, svg));
    write(project.dir, `${P}/svg/zh.md`, post(HOSTILE_SVGS.map((_, i) => `![图 ${i}](./${i}.svg)`).join("\n\n")));
    const found = errors(entryOf("svg").issues);
    expect(found).toHaveLength(HOSTILE_SVGS.length);
    HOSTILE_SVGS.forEach(([, message], i) => {
      expect(found[i]).toMatchObject({ line: 6 + 2 * i, column: 1 });
      expect(found[i]!.message).toMatch(new RegExp(`^image "\\./${i}\\.svg" `));
      expect(found[i]!.message).toContain(message);
    });
  });

  test("drawings as design tools export them pass: the fixture's, and one with a DOCTYPE, style, gradients and text", () => {
    write(project.dir, `${P}/ok/topology.svg`, readFileSync(path.join(ROOT, "e2e/fixtures/posts/gateway-api-observability/topology.svg")));
    write(
      project.dir,
      `${P}/ok/chart.svg`,
      `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n` +
        `<svg ${SVG} ${XLINK} xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" viewBox="0 0 100 50" width="100" height="50" xml:space="preserve">` +
        `<title>Chart</title><style><![CDATA[.bar { fill: url(#g); }]]></style><defs><linearGradient id="g"><stop offset="0" stop-color="#1f54c2"/></linearGradient>` +
        `<filter id="f"><feGaussianBlur stdDeviation="1"/></filter></defs><g data-name="Layer 1" style="stroke:#333;stroke-width:2">` +
        `<rect class="bar" x="0" y="10" width="40" height="40" filter="url(#f)"/><use xlink:href="#g"/><text x="50" y="30" font-family="'Noto Sans'">42 &amp; more</text></g>` +
        `<image width="1" height="1" href="data:image/png;base64,iVBORw0KGgo="/></svg>`,
    );
    write(project.dir, `${P}/ok/zh.md`, post("![拓扑](./topology.svg)\n\n![图表](./chart.svg)"));
    expect(errors(entryOf("ok").issues)).toEqual([]);
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

