#!/usr/bin/env node
// Runs after `next build`: the search index and the per-page CSP hashes read
// the same prerendered pages independently, so they run side by side (one
// core each). Fails if either fails.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const run = (script) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(here, script)], { stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`${script} failed (${signal ?? `exit ${code}`})`))));
  });

const results = await Promise.allSettled([run("search-index.mjs"), run("csp-hashes.mjs")]);
const failed = results.filter((r) => r.status === "rejected");
for (const f of failed) console.error(f.reason.message);
process.exitCode = failed.length > 0 ? 1 : 0;
