#!/usr/bin/env node
// Builds the full-text search index after `next build`: Pagefind reads every
// prerendered post page (drafts are never prerendered, so never indexed) and
// writes its index beside the build's static assets, served at
// /_next/static/pagefind/. One index per <html lang>, so Chinese queries
// search Chinese posts (segmented by Pagefind) and English queries English ones.
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";

// A plain Node step of `npm run build` (no TypeScript loader), so it cannot import lib/env.ts;
// NEXT_DIST_DIR is documented there.
const distDir = path.resolve(process.env.NEXT_DIST_DIR || ".next");
const appDir = path.join(distDir, "server", "app");
const outputPath = path.join(distDir, "static", "pagefind");

async function postPages() {
  const pages = [];
  for (const locale of await readdir(appDir)) {
    const dir = path.join(appDir, locale, "posts");
    let files = [];
    try {
      files = await readdir(dir);
    } catch {
      continue;
    }
    for (const file of files.filter((f) => f.endsWith(".html"))) {
      pages.push({ file: path.join(dir, file), url: `/${locale}/posts/${file.slice(0, -".html".length)}` });
    }
  }
  return pages;
}

const started = Date.now();
const { index, errors } = await pagefind.createIndex({ forceLanguage: undefined });
if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
const pages = await postPages();
// Pagefind's service answers requests as they come: keep a few in flight
// rather than waiting for each page in turn.
let next = 0;
async function feed() {
  while (next < pages.length) {
    const page = pages[next++];
    const result = await index.addHTMLFile({ url: page.url, content: await readFile(page.file, "utf8") });
    if (result.errors.length > 0) throw new Error(`pagefind: ${page.url}: ${result.errors.join("; ")}`);
  }
}
await Promise.all(Array.from({ length: 8 }, feed));
await rm(outputPath, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath });
if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join("; ")}`);
await pagefind.close();
console.log(`search index: ${pages.length} pages → ${path.relative(process.cwd(), outputPath)} in ${Date.now() - started} ms`);
