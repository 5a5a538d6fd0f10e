#!/usr/bin/env node
// `npm run build`, in steps, each timed in its output (and on Linux, the peak
// memory of its process tree), and measured as a whole by `npm run bench`:
// 1. `next build --experimental-build-mode compile` (Turbopack);
// 2. a snapshot of the content, read and analysed once
//    (scripts/content-snapshot.ts);
// 3. `next build --experimental-build-mode generate`: static generation in
//    worker processes, their heap growth bounded (scripts/worker-heap.cjs),
//    every worker reading the snapshot instead of parsing every post again;
// 4. the search index and the per-page CSP hashes. Those two read the same
//    prerendered pages independently, so they run side by side (one core each).
// Compiling and generating in one `next build` kept Turbopack's ~750 MB alive
// in the main process while the workers rendered: 1.5 GB peak even for 10
// posts. In two processes, the compiler's memory is freed before generation.
// The snapshot runs between them, not beside the compiler, for the same
// reason (its process holds ~250 MB at 1,000 posts).
// Exits 1 if any step fails.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { canMeasureRss, watchPeak } from "./tree-rss.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const next = path.join(path.dirname(here), "node_modules", "next", "dist", "bin", "next");
const tsx = path.join(path.dirname(here), "node_modules", "tsx", "dist", "cli.mjs");
const preload = `--require ${JSON.stringify(path.join(here, "worker-heap.cjs"))}`;
// Passes the environment on to next build (plain Node, no TypeScript loader: lib/env.ts reads the settings there).
const withPreload = { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, preload].filter(Boolean).join(" ") };

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

const scratch = mkdtempSync(path.join(tmpdir(), "digest-build-"));
// Read by lib/env.ts (contentSnapshot) in the build workers.
const snapshot = path.join(scratch, "content.v8");
try {
  await run("next build (compile)", [next, "build", "--experimental-build-mode", "compile"], withPreload);
  await run("content snapshot", [tsx, path.join(here, "content-snapshot.ts"), snapshot], { ...process.env, NODE_ENV: "production" });
  await run("next build (generate)", [next, "build", "--experimental-build-mode", "generate"], { ...withPreload, DIGEST_CONTENT_SNAPSHOT: snapshot });
  // Side by side, the two steps' peaks may add up: the whole phase is measured too.
  const started = performance.now();
  const phase = watchPeak(process.pid);
  const steps = ["search-index.mjs", "csp-hashes.mjs"].map((script) => run(script, [path.join(here, script)]));
  const failed = (await Promise.allSettled(steps)).filter((r) => r.status === "rejected");
  const peak = phase.stop();
  if (failed.length > 0) throw new AggregateError(failed.map((r) => r.reason));
  report("search index + CSP hashes (side by side)", started, peak);
} catch (error) {
  for (const e of error instanceof AggregateError ? error.errors : [error]) console.error(e.message);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
