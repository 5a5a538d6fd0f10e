#!/usr/bin/env node
// Builds the full-text search indexes after `next build`: Pagefind reads every
// prerendered post page (drafts are never prerendered, so never indexed) and
// writes one index per language beside the build's static assets, served at
// /_next/static/pagefind/<locale>/. Chinese queries search Chinese posts
// (segmented by Pagefind), English queries English ones; a search page loads
// only its own language's index.
//
// The languages are indexed one after the other, each by a Pagefind process
// of its own that ends before the next starts: Pagefind holds a whole index in
// memory until it writes it, and that was the build's peak at 5,000 posts
// (1,848 MB for both languages in one index). At 1,000 posts one index for both
// peaked at 510 MB, the Chinese index alone at 393 MB and the English at 279 MB.
import { existsSync } from "node:fs";
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { distDir } from "./dist-dir.mjs";
import * as pagefind from "pagefind";

/** Each language that has a search page, with its post pages (possibly none: its search then finds nothing). */
async function postPagesByLocale(appDir) {
  const locales = [];
  for (const entry of (await readdir(appDir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory() || !existsSync(path.join(appDir, entry.name, "search.html"))) continue;
    const dir = path.join(appDir, entry.name, "posts");
    const files = existsSync(dir) ? await readdir(dir) : [];
    const pages = files.filter((f) => f.endsWith(".html")).map((file) => ({ file: path.join(dir, file), url: `/${entry.name}/posts/${file.slice(0, -".html".length)}` }));
    locales.push({ locale: entry.name, pages });
  }
  return locales;
}

// Pagefind indexes no script; more than half of a post page's HTML is the
// inline RSC payload. Left out before the page goes to Pagefind's process, the
// same 2,002 pages are indexed in 5.8-5.9 s instead of 6.6-6.7 s (two runs
// each, 1,000 posts), with the same fragment for every page.
const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/gi;

async function indexLanguage(locale, pages, outputRoot) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  // Pagefind's service answers requests as they come: keep a few in flight
  // rather than waiting for each page in turn.
  let next = 0;
  async function feed() {
    while (next < pages.length) {
      const page = pages[next++];
      const result = await index.addHTMLFile({ url: page.url, content: (await readFile(page.file, "utf8")).replace(SCRIPT, "") });
      if (result.errors.length > 0) throw new Error(`pagefind: ${page.url}: ${result.errors.join("; ")}`);
    }
  }
  await Promise.all(Array.from({ length: 8 }, feed));
  const written = await index.writeFiles({ outputPath: path.join(outputRoot, locale) });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join("; ")}`);
  // Ends this language's Pagefind process, and its memory, before the next.
  await pagefind.close();
}

/**
 * Indexes the post pages under appDir (each language's folder with a
 * search.html: the server build's .next/server/app, or the plain-files
 * build's out/) into outputRoot/<locale>; returns a line for the log.
 */
export async function buildSearchIndex(appDir, outputRoot) {
  const started = Date.now();
  const languages = await postPagesByLocale(appDir);
  // An earlier build's indexes (or its single index for both languages) go first.
  await rm(outputRoot, { recursive: true, force: true });
  for (const { locale, pages } of languages) await indexLanguage(locale, pages, outputRoot);
  const total = languages.reduce((n, l) => n + l.pages.length, 0);
  const each = languages.map((l) => `${l.locale} ${l.pages.length}`).join(", ");
  return `search index: ${total} pages (${each || "none"}) → ${path.relative(process.cwd(), outputRoot)}/<locale> in ${Date.now() - started} ms`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(await buildSearchIndex(path.join(distDir, "server", "app"), path.join(distDir, "static", "pagefind")));
}
