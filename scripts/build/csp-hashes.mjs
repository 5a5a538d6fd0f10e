#!/usr/bin/env node
// Runs after `next build`: every prerendered HTML page must carry a
// Content-Security-Policy <meta> that allows exactly its own inline scripts
// (scripts/build/csp.cjs). Static generation adds it as each page is written
// (scripts/build/csp-at-write.cjs); this step reads every page and adds it to any
// page written another way, so no page is served without one.
import { createRequire } from "node:module";
import { open, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { distDir } from "./dist-dir.mjs";

const { hasPolicy, servedPage } = createRequire(import.meta.url)("./csp.cjs");

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

/** Adds the policy if the page has none: "had", "added", or "left" (a page that cannot have one keeps the header policy; scripts/build/csp.cjs warns). */
async function addPolicy(file) {
  if (hasPolicy(await startOf(file))) return "had";
  const page = await readFile(file, "utf8");
  // As static generation does (scripts/build/csp-at-write.cjs).
  const html = servedPage(page);
  if (html === null) return "left";
  // Replaced in one step: the search indexer may be reading the same page.
  await writeFile(`${file}.csp-tmp`, html);
  await rename(`${file}.csp-tmp`, file);
  return "added";
}

/** Gives every page under dir its policy; the counts of pages that had one, got one, and were left with the header policy. */
export async function addPolicies(dir) {
  // Pages are independent and the work is mostly file I/O: several at a time.
  const counts = { had: 0, added: 0, left: 0 };
  const files = htmlFiles(dir);
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      for await (const file of files) counts[await addPolicy(file)]++;
    }),
  );
  return counts;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const counts = await addPolicies(path.join(distDir, "server", "app"));
  const left = counts.left > 0 ? `, ${counts.left} left with the header policy only` : "";
  console.log(`csp: ${counts.had + counts.added + counts.left} pages, ${counts.had} with their policy from static generation, ${counts.added} added now${left}`);
}
