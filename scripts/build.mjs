#!/usr/bin/env node
// `npm run build`: next build with its workers' heap growth bounded
// (scripts/worker-heap.cjs), then the search index and the per-page CSP hashes.
// Those two read the same prerendered pages independently, so they run side by
// side (one core each). Exits 1 if any step fails.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const next = path.join(path.dirname(here), "node_modules", "next", "dist", "bin", "next");
const preload = `--require ${JSON.stringify(path.join(here, "worker-heap.cjs"))}`;
// Passes the environment on to next build (plain Node, no TypeScript loader: lib/env.ts reads the settings there).
const withPreload = { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, preload].filter(Boolean).join(" ") };

const run = (label, args, env = process.env) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: "inherit", env });
    child.on("error", reject);
    child.on("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`${label} failed (${signal ?? `exit ${code}`})`))));
  });

try {
  await run("next build", [next, "build"], withPreload);
  const steps = ["search-index.mjs", "csp-hashes.mjs"].map((script) => run(script, [path.join(here, script)]));
  const failed = (await Promise.allSettled(steps)).filter((r) => r.status === "rejected");
  if (failed.length > 0) throw new AggregateError(failed.map((r) => r.reason));
} catch (error) {
  for (const e of error instanceof AggregateError ? error.errors : [error]) console.error(e.message);
  process.exitCode = 1;
}
