#!/usr/bin/env node
// Builds the site from the end-to-end fixtures only (the seed, drafts,
// scheduled posts, Chinese tags, one-language posts, MDX, images, issue
// numbers), never from content/, so that publishing an issue cannot turn a
// test red; content:check and the production build cover content/. Serves that
// production build on 127.0.0.1. Playwright starts and stops it.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
// Test infrastructure in plain Node (started by Playwright): it sets the site's settings
// (documented in lib/env.ts) for the fixture build rather than reading them.
const port = process.env.PORT ?? "3210";
// Per port, so that two suites (or a suite and a benchmark) never share a build.
const work = path.join(root, ".e2e", port);
const content = path.join(work, "content", "posts");
rmSync(work, { recursive: true, force: true });
mkdirSync(content, { recursive: true });
cpSync(path.join(root, "e2e", "fixtures", "posts"), content, { recursive: true });
// Names of tags and categories sit beside the posts folder, as content/taxonomy.yml does.
cpSync(path.join(root, "e2e", "fixtures", "taxonomy.yml"), path.join(work, "content", "taxonomy.yml"));
// So are the owner's settings (the previous site's feed address, redirected).
// site.yml and the WeChat QR code it names, beside it.
for (const file of ["site.yml", "wechat-qr.png"]) cpSync(path.join(root, "e2e", "fixtures", file), path.join(work, "content", file));

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  DIGEST_CONTENT_DIR: content,
  NEXT_DIST_DIR: port === "3210" ? ".next-e2e" : `.next-e2e-${port}`,
  // Small pages, so that pagination is exercised with a handful of fixtures.
  DIGEST_PAGE_SIZE: "3",
  // One share image per language at build time: the others are drawn on request.
  DIGEST_OG_PRERENDER: "1",
  DRAFT_SECRET: process.env.DRAFT_SECRET ?? "e2e-draft-secret",
};
const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
if (process.env.E2E_SKIP_BUILD !== "1") {
  // The same build as production: next build, then the search index and CSP hashes.
  const build = spawnSync("npm", ["run", "build"], { env, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawn(process.execPath, [next, "start", "-H", "127.0.0.1", "-p", port], { env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
