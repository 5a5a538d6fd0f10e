// The one measure of "client JavaScript on a page", shared by the benchmark
// (bench/bench.mjs) and the budget test (e2e/js-budget.spec.ts) so that both
// count the same thing.
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";

const { chunksAfterPaint } = createRequire(import.meta.url)("./after-paint.cjs");

async function get(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

/**
 * Gzipped bytes (zlib level 9) of the scripts a modern browser loads from the
 * page's HTML: every distinct <script src>, without the noModule fallbacks,
 * and the chunks its loader adds after the first paint (scripts/build/after-paint.cjs).
 * @param {string} base origin, e.g. http://127.0.0.1:3210
 * @param {string} pagePath e.g. /zh/posts/some-slug
 * @returns {Promise<{ scripts: number, gzipBytes: number, texts: string[] }>}
 */
export async function pageJs(base, pagePath) {
  const html = await (await get(base + pagePath)).text();
  const srcs = new Set(
    [...html.matchAll(/<script\b([^>]*)>/gi)]
      .map((m) => m[1])
      .filter((attrs) => /\bsrc=/i.test(attrs) && !/\bnoModule\b/i.test(attrs))
      .map((attrs) => /\bsrc="([^"]+)"/i.exec(attrs)[1].replaceAll("&amp;", "&"))
      .concat(chunksAfterPaint(html)),
  );
  let gzipBytes = 0;
  const texts = [];
  for (const src of srcs) {
    const bytes = Buffer.from(await (await get(new URL(src, base))).arrayBuffer());
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
    texts.push(bytes.toString("utf8"));
  }
  return { scripts: srcs.size, gzipBytes, texts };
}
