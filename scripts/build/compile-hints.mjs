#!/usr/bin/env node
// Runs after `next build`: marks every client script chunk with V8's explicit
// compile hint, a first line `//# allFunctionsCalledOnLoad`
// (https://v8.dev/blog/explicit-compile-hints, Chrome 136 and later). V8 then
// compiles the chunk's functions on a background thread while the script
// streams in, instead of on the main thread when each is first called. The
// chunks are the app's startup code (React, the Next.js client, the page's
// client components), nearly all of it run before the page is interactive.
// Other browsers read a comment.
//
// In traces of the seed post (Lighthouse 12, mobile, simulate; 5 runs with
// and 5 without, interleaved) the task that boots the app went from 57-110 ms
// of main-thread time (median 86), most of it compiling React's chunk, to
// 18-29 ms (median 20); TBT median 475 -> 155 ms.
//
// The chunks' names stay as Next.js hashed them: the change is the same on
// every build, so a name still stands for one content.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { distDir } from "./dist-dir.mjs";

const { warnStep } = createRequire(import.meta.url)("./build-warning.cjs");

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad";

/**
 * The chunk's source with the hint as its first line (unchanged if it has it,
 * or if it starts with a `#!` line, which must stay first).
 */
export function withCompileHint(source) {
  return source.startsWith(`${COMPILE_HINT}\n`) || source.startsWith("#!") ? source : `${COMPILE_HINT}\n${source}`;
}

/**
 * Adds the hint to every .js file under dir that lacks it; returns how many it
 * changed and how many it found. Chunks that pages load with Subresource
 * Integrity (a manifest of their hashes beside them) are left as they are: a
 * changed byte would stop them loading.
 */
export async function addCompileHints(dir, buildDir = path.dirname(path.dirname(dir))) {
  if (existsSync(path.join(buildDir, "server", "subresource-integrity-manifest.json"))) {
    warnStep("compile-hints", "the build has a Subresource Integrity manifest, so its chunks are left as Next.js wrote them (no compile hint).");
    return { changed: 0, found: 0 };
  }
  const files = existsSync(dir) ? (await readdir(dir, { recursive: true })).filter((f) => f.endsWith(".js")) : [];
  let changed = 0;
  for (const file of files) {
    const source = await readFile(path.join(dir, file), "utf8");
    const hinted = withCompileHint(source);
    if (hinted === source) continue;
    await writeFile(path.join(dir, file), hinted);
    changed++;
  }
  return { changed, found: files.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const chunks = path.join(distDir, "static", "chunks");
  const { changed, found } = await addCompileHints(chunks);
  if (found === 0) warnStep("compile-hints", `no script chunk in ${path.relative(process.cwd(), chunks)}: Next.js writes its chunks elsewhere now, and they load without the compile hint.`);
  else console.log(`compile hints: ${changed} of ${found} chunks marked in ${path.relative(process.cwd(), chunks)}`);
}
