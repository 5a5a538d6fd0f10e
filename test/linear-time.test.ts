import { describe, expect, test } from "vitest";
import { emailComponents } from "@/components/edition/email-components";
import { wechatComponents } from "@/components/edition/wechat-components";
import { checkContent } from "@/lib/content/check";
import { analyze, analyzeAndCompile, type Format } from "@/lib/content/compile";
import { parseFrontMatter } from "@/lib/content/front-matter";
import type { Entry } from "@/lib/content/store";
import type { EditionContext } from "@/lib/edition/context";
import { References } from "@/lib/edition/references";

// One post must not hang the build: every step that reads a post's text runs
// in time linear in its size. Each adversarial input (one that made a regex
// backtrack, or a search repeated per item) is timed against a plain post of
// the same size, and at 100 KB against itself at 6.4 KB: ratios, not times,
// so a busy machine slows both alike. A quadratic step grows 256x from 6.4 KB
// to 100 KB, and would take hours at 1 MB: it is not run there.
const KB = 1024;
const SIZES = [100 * KB, 1024 * KB];
const MAX_RATIO = 10;
/** From 1/16 of the size: 16x if linear, 256x if quadratic. */
const MAX_GROWTH = 80;
const FM = "---\ntitle: T\ndate: 2026-01-18\n---\n\n";
const ITEM = "## Main News\n\n### Item\n\n";
const LINK = "[a](https://a.example.org/)";

const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const plainBody = (size: number) => ITEM + fill("Plain words in a paragraph, with [a link](https://cncf.io/) as a post has them.\n\n", size) + "\n";

let count = 0;
/** Post bodies that made a regex backtrack, by name: each about `size` characters. */
const ADVERSARIAL: Record<string, { format?: Format; body: (size: number) => string }> = {
  "commas after a source link": { body: (n) => `${ITEM}**Source:** ${LINK}${",".repeat(n)}x\n` },
  "spaces after a source link": { body: (n) => `${ITEM}**Source:** ${LINK}${" ".repeat(n)}x\n` },
  "spaces after **Source": { body: (n) => `${ITEM}**Source:** ${LINK} **Source${" ".repeat(n)}x:**\n` },
  "a heading of repeated {#": { body: (n) => `## Main News\n\n### ${"{#".repeat(n / 2)}\n` },
  "a long {#id}": { body: (n) => `## Main News\n\n### T {#${"1".repeat(n)}a}\n` },
  "spaces in an MDX item title": { format: "mdx", body: (n) => `<NewsItem title="a${" ".repeat(n)}x">\n\nText.\n\n</NewsItem>\n` },
  "many sections": { body: (n) => fill("## Section\n\nSome text of a section, as a post has it.\n\n", n) },
  "many items": { body: (n) => "## Main News\n\n" + fill(`### Item\n\n**Source:** ${LINK}\n\n`, n) },
  "many placeholder sources": { body: (n) => ITEM + fill(`**Source:** ${LINK}\n\n`, n).replace(/a\.example/g, () => `a${(count++).toString(36)}.example`) },
};

const input = (body: string, format: Format = "md") => ({ file: "content/posts/p/en.md", body, format, title: "T" });
function entryOf(raw: string, format: Format = "md"): Entry {
  const fm = parseFrontMatter("content/posts/p/en.md", raw);
  const { summary, issues } = analyze(input(fm.body, format));
  return { slug: "p", locale: "en", file: "content/posts/p/en.md", format, meta: fm.data, summary, body: fm.body, issues, readingMinutes: 1, mtimeMs: 0, images: {}, media: new Map(), imageDependencies: [] };
}

const time = (run: () => unknown) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};
/** The fastest of a few runs: noise only ever adds time. */
const best = (run: () => unknown) => Math.min(time(run), time(run), time(run));
/** Hostile time over plain time; the hostile input is run again only while the ratio is too high. */
function ratio(hostile: () => unknown, plainMs: number, limit = MAX_RATIO): number {
  // Below a millisecond, timings are noise.
  const base = Math.max(plainMs, 1);
  let min = Infinity;
  for (let i = 0; i < 3 && min / base >= limit; i++) min = Math.min(min, time(hostile));
  return min / base;
}

/** Each step, prepared once per input (outside the timing): what is timed is the returned function. */
const STEPS: Record<string, (raw: string, format: Format) => () => unknown> = {
  "digest analysis": (raw, format) => {
    const body = parseFrontMatter("x", raw).body;
    return () => analyze(input(body, format));
  },
  compile: (raw, format) => {
    const body = parseFrontMatter("x", raw).body;
    return () => analyzeAndCompile(input(body, format), () => ({}));
  },
  // What `npm run content:check` does with one file, compiling aside.
  "content check": (raw, format) => () => checkContent([entryOf(raw, format)], [], { readSource: () => raw }),
};

const ctx = { labels: { newsSources: "Sources: " }, postUrl: "https://digest.example/en/posts/p" } as EditionContext;
/** The edition's news item, as both editions number it. */
function editionItems(id: string) {
  const props = { id, n: 1, title: "T", sources: [] };
  return () => [emailComponents(ctx).NewsItem(props), wechatComponents(ctx, new References([])).NewsItem(props)];
}

/** The 100 KB cases that were linear: a quadratic one is not also run on 1 MB (it would not end). */
const linearAt100 = new Set<string>();
const onlyIfLinear = (size: number, key: string) => {
  if (size > SIZES[0]!) expect(linearAt100.has(key), "not linear at 100 KB").toBe(true);
};

describe.each(SIZES)("every step is linear in a post's size: %i bytes", (size) => {
  const plain = FM + plainBody(size);
  for (const [step, prepare] of Object.entries(STEPS)) {
    let plainMs = 0;
    test.each(Object.keys(ADVERSARIAL))(`${step}: %s`, (name) => {
      const key = `${step}: ${name}`;
      onlyIfLinear(size, key);
      plainMs ||= best(prepare(plain, "md"));
      const { format = "md", body } = ADVERSARIAL[name]!;
      const hostile = prepare(FM + body(size), format);
      // Sixteen times the text, sixteen times the time (256 if quadratic), whatever the text costs per byte.
      if (size === SIZES[0]) expect(ratio(hostile, best(prepare(FM + body(size / 16), format)), MAX_GROWTH), "growth from 1/16 of the size").toBeLessThan(MAX_GROWTH);
      expect(ratio(hostile, plainMs)).toBeLessThan(MAX_RATIO);
      linearAt100.add(key);
    }, 600_000);
  }

  test.each([
    ["spaces in a value", `---\ntitle: a${" ".repeat(size)}x\ndate: 2026-01-18\n---\n`],
    ["fence-like lines, never closed", `---\n${fill("--- \t x\n", size)}`],
    ["a long tag that is not a slug", `---\ntitle: T\ndate: 2026-01-18\ntags: [${fill("a-", size)}!]\n---\n`],
    ["control characters", `---\ntitle: "${fill("\\x01 ", size)}"\ndate: 2026-01-18\n---\n`],
  ])("front matter: %s", (name, raw) => {
    onlyIfLinear(size, name);
    const plainFrontMatter = `---\ntitle: T\ndate: 2026-01-18\nsummary: ${fill("Plain words in a summary. ", size)}\n---\n`;
    // Twice the margin: a refused term is quoted, and a slug suggested for it, so it costs more per byte than a summary.
    expect(ratio(() => parseFrontMatter("x", raw), best(() => parseFrontMatter("x", plainFrontMatter)), 2 * MAX_RATIO)).toBeLessThan(2 * MAX_RATIO);
    linearAt100.add(name);
  }, 600_000);

  test("editions' item numbers", () => {
    onlyIfLinear(size, "edition");
    expect(ratio(editionItems(`${"1".repeat(size)}a`), best(editionItems(fill("item-", size))))).toBeLessThan(MAX_RATIO);
    linearAt100.add("edition");
  }, 600_000);

  test("editions' citations: a new link per 10 bytes", () => {
    onlyIfLinear(size, "citations");
    const cite = (links: number) => () => {
      const refs = new References([]);
      for (let i = 0; i < links; i++) refs.cite(`https://a${i}.example.org/`, "t");
    };
    expect(ratio(cite(size / 10), best(cite(size / 160)), MAX_GROWTH), "growth from 1/16 of the links").toBeLessThan(MAX_GROWTH);
    linearAt100.add("citations");
  }, 600_000);
});
