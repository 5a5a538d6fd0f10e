#!/usr/bin/env node
// `npm run build`: next build with its workers' heap growth bounded
// (scripts/worker-heap.cjs), then the search index and the CSP hashes
// (scripts/postbuild.mjs). Exits with the first failing step's code.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const preload = `--require ${JSON.stringify(path.join(here, "worker-heap.cjs"))}`;
const env = { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, preload].filter(Boolean).join(" ") };
const next = path.join(root, "node_modules", "next", "dist", "bin", "next");

for (const [label, args, stepEnv] of [
  ["next build", [next, "build"], env],
  ["postbuild", [path.join(here, "postbuild.mjs")], process.env],
]) {
  const result = spawnSync(process.execPath, args, { stdio: "inherit", env: stepEnv });
  if (result.status !== 0) {
    console.error(`${label} failed (${result.signal ?? `exit ${result.status}`})`);
    process.exit(result.status ?? 1);
  }
}
