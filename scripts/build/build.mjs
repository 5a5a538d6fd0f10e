#!/usr/bin/env node
// `npm run build`, in steps, each timed in its output (and on Linux, the peak
// memory of its process tree), and measured as a whole by `npm run bench`:
// 1. `next build --experimental-build-mode compile` (Turbopack), and beside
//    it 2. a snapshot of the content, read, analysed and compiled once
//    (scripts/build/content-snapshot.ts), posts unchanged since the previous build
//    keeping that build's work (in .next/cache). The compiler leaves part
//    of a second core idle (22 s of CPU in 15 s) and reads no content; side by
//    side the two took 19.7-22 s against 23 s one after the other on 1,000
//    posts (peak 820-890 MB, against 804 MB for the compiler alone before);
// 3. `next build --experimental-build-mode generate`: static generation in
//    worker processes, their heap growth bounded (scripts/build/worker-heap.cjs),
//    every worker reading the snapshot instead of parsing and compiling
//    every post again, and each page given its
//    Content-Security-Policy as it is written (scripts/build/csp-at-write.cjs);
// 4. the search index, and beside it a check that every prerendered page has
//    its policy (scripts/build/csp-hashes.mjs adds it to any that has not) and V8's
//    compile hint on every script chunk (scripts/build/compile-hints.mjs).
// Compiling and generating in one `next build` kept Turbopack's ~750 MB alive
// in the main process while the workers rendered: 1.5 GB peak even for 10
// posts. In two processes, the compiler's memory is freed before generation.
// Exits 1 if any step fails.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { distDir } from "./dist-dir.mjs";
import { canMeasureRss, watchPeak } from "./tree-rss.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
// The project folder: scripts/build/ is two below it.
const root = path.resolve(here, "..", "..");
const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
// tsx's loader in the step's own process (its CLI would start a second Node.js process).
const tsxLoader = pathToFileURL(path.join(root, "node_modules", "tsx", "dist", "loader.mjs")).href;
// The snapshot parses and compiles every post: a steady stream of short-lived
// syntax trees, among which V8 let the heap grow to 420 MB (62 MB live at the
// end, 1,000 posts) beside the compiler's ~750 MB. A smaller young generation
// and a heap that grows by half as much: 341 MB, in the same time (8.5 s alone).
const snapshotFlags = ["--heap-growing-percent=100", "--max-semi-space-size=8", "--import", tsxLoader];
const preload = `--require ${JSON.stringify(path.join(here, "worker-heap.cjs"))}`;
// Passes the environment on to next build (plain Node, no TypeScript loader: lib/env.ts reads the settings there).
const withPreload = { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, preload].filter(Boolean).join(" ") };
// Static generation allocates short-lived objects at a high rate (React renders and Flight
// streams, thousands of pages per worker). In a CPU profile of the workers on 1,000 posts,
// ~14% of their time went to the garbage collector. A 32 MB young generation (V8 picks at
// most 16 MB) collects it less often: generate 56-66 s -> 53-54 s, +60 MB peak (three
// runs each); 64 MB gained nothing more for another 130 MB.
// Static generation also leaves out the per-segment prefetch files no link of the site asks
// for (scripts/build/no-segment-prefetch.cjs): generate 42 s -> 21.6 s on 1,000 posts.
// Each page gets its Content-Security-Policy as it is written (scripts/build/csp-at-write.cjs).
const generatePreloads = ["no-segment-prefetch.cjs", "csp-at-write.cjs"].map((file) => `--require ${JSON.stringify(path.join(here, file))}`).join(" ");
const generateOptions = { ...withPreload, NODE_OPTIONS: `${withPreload.NODE_OPTIONS} ${generatePreloads} --max-semi-space-size=32` };

/** "build: <label> took <s> s[, peak <n> MB]", the line npm run bench reads. */
const report = (label, started, peakBytes) =>
  console.log(`build: ${label} took ${((performance.now() - started) / 1000).toFixed(1)} s${canMeasureRss ? `, peak ${Math.round(peakBytes / 2 ** 20)} MB` : ""}`);

/** Runs one step; prints its time and, on Linux, the peak memory of its process tree. */
const run = (label, args, env = process.env) =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: "inherit", env });
    const memory = watchPeak(child.pid);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      const peak = memory.stop();
      if (code !== 0) return reject(new Error(`${label} failed (${signal ?? `exit ${code}`})`));
      report(label, started, peak);
      resolve();
    });
  });

/**
 * The build's own cache folder, inside Next.js's (kept from one build to the
 * next, on Vercel too), named after the code that analyses content: the
 * project's TypeScript under lib/ and i18n/, and the locked dependencies.
 * Another version's folder is removed.
 */
function contentCacheDir() {
  const hash = createHash("sha256");
  const code = ["lib", "i18n"].flatMap((dir) =>
    readdirSync(path.join(root, dir), { recursive: true })
      .map((f) => path.join(dir, String(f)))
      .filter((f) => /\.tsx?$/.test(f)),
  );
  for (const file of [...code.sort(), "package-lock.json"]) hash.update(`${file}\0`).update(readFileSync(path.join(root, file))).update("\0");
  const version = hash.digest("hex").slice(0, 16);
  const parent = path.join(distDir, "cache", "digest");
  try {
    for (const old of readdirSync(parent)) if (old !== version) rmSync(path.join(parent, old), { recursive: true, force: true });
  } catch {
    // No cache yet.
  }
  return path.join(parent, version);
}

/**
 * Runs steps at the same time and reports "<label> (side by side)": their
 * peaks may add up, so the whole phase is measured too. Fails if any fails,
 * after all have ended.
 */
async function sideBySide(label, steps) {
  const started = performance.now();
  const phase = watchPeak(process.pid);
  const failed = (await Promise.allSettled(steps.map((step) => step()))).filter((r) => r.status === "rejected");
  const peak = phase.stop();
  if (failed.length > 0) throw new AggregateError(failed.map((r) => r.reason));
  report(`${label} (side by side)`, started, peak);
}

// A build folder without a cache is a first build (a fresh clone, a CI machine):
// Turbopack then writes no cache for a next build that may never come
// (next.config.ts); from the second build on, it does.
const builtBefore = existsSync(path.join(distDir, "cache"));
const compileOptions = builtBefore ? withPreload : { ...withPreload, DIGEST_TURBOPACK_CACHE: "0" };

const scratch = mkdtempSync(path.join(tmpdir(), "digest-build-"));
// Read by lib/env.ts (contentSnapshot) in the build workers.
const snapshot = path.join(scratch, "content.v8");
// Where the steps that patch Next.js or rewrite its output leave their one
// warning each (scripts/build/build-warning.cjs), printed once at the end.
const warnings = path.join(scratch, "warnings");
mkdirSync(warnings);
process.env.DIGEST_BUILD_WARNINGS = warnings;
for (const options of [withPreload, generateOptions, compileOptions]) options.DIGEST_BUILD_WARNINGS = warnings;
try {
  const cache = contentCacheDir();
  await sideBySide("compile + content snapshot", [
    () => run("next build (compile)", [next, "build", "--experimental-build-mode", "compile"], compileOptions),
    () => run("content snapshot", [...snapshotFlags, path.join(here, "content-snapshot.ts"), snapshot, path.join(cache, "entries.v8")], { ...process.env, NODE_ENV: "production" }),
  ]);
  // Read by lib/env.ts (contentSnapshot) in the build workers.
  await run("next build (generate)", [next, "build", "--experimental-build-mode", "generate"], { ...generateOptions, DIGEST_CONTENT_SNAPSHOT: snapshot });
  await sideBySide("search index + CSP hashes + compile hints", ["search-index.mjs", "csp-hashes.mjs", "compile-hints.mjs"].map((script) => () => run(script, [path.join(here, script)])));
} catch (error) {
  for (const e of error instanceof AggregateError ? error.errors : [error]) console.error(e.message);
  process.exitCode = 1;
} finally {
  // A step that met output it does not recognise left it as Next.js made it: the site is right, maybe slower.
  for (const file of readdirSync(warnings).sort()) console.warn(`warning: build step ${file.replace(/\.txt$/, "")}: ${readFileSync(path.join(warnings, file), "utf8")}`);
  rmSync(scratch, { recursive: true, force: true });
}
