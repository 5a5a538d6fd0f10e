#!/usr/bin/env node
// Runs after `next build`: every prerendered HTML page must carry a
// Content-Security-Policy <meta> that allows exactly its own inline scripts
// (scripts/csp.cjs). Static generation adds it as each page is written
// (scripts/csp-at-write.cjs); this step reads every page and adds it to any
// page written another way, so no page is served without one.
import { createRequire } from "node:module";
import { open, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { distDir } from "./dist-dir.mjs";

const { hasPolicy, servedPage } = createRequire(import.meta.url)("./csp.cjs");
const appDir = path.join(distDir, "server", "app");

async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith(".html")) yield full;
  }
}

// The policy <meta> follows the charset declaration, in the first 1,024 bytes.
const HEAD_BYTES = 8192;

/** The start of a page: enough to find its policy without reading 50 KB pages whole (~1 s of CPU at 1,000 posts). */
async function startOf(file) {
  const handle = await open(file);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}

/** Adds the policy if the page has none; true if it did. A page that cannot have one stops the build. */
async function addPolicy(file) {
  if (hasPolicy(await startOf(file))) return false;
  const page = await readFile(file, "utf8");
  // As static generation does (scripts/csp-at-write.cjs).
  const html = servedPage(page);
  if (html === null) throw new Error(`csp: ${path.relative(process.cwd(), file)} has no <head> for its Content-Security-Policy (or one outside the first ${HEAD_BYTES} bytes)`);
  // Replaced in one step: the search indexer may be reading the same page.
  await writeFile(`${file}.csp-tmp`, html);
  await rename(`${file}.csp-tmp`, file);
  return true;
}

// Pages are independent and the work is mostly file I/O: several at a time.
let pages = 0;
let added = 0;
const files = htmlFiles(appDir);
await Promise.all(
  Array.from({ length: 16 }, async () => {
    for await (const file of files) {
      pages++;
      if (await addPolicy(file)) added++;
    }
  }),
);
console.log(`csp: ${pages} pages, ${pages - added} with their policy from static generation, ${added} added now`);
