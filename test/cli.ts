import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach } from "vitest";
import { resetContentCache } from "@/lib/content/store";

/** Helpers for the tests that run the editor commands in scripts/editor/ for real. */
export const ROOT = path.resolve(__dirname, "..");
const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

export type Run = { status: number | null; stdout: string; stderr: string; lines: string[] };

/**
 * Runs `tsx scripts/editor/<script>` in `cwd`, as `npm run` would from a project
 * there. The project's tsconfig is named so `@/` imports resolve from a temp dir.
 */
export function runScript(script: string, args: string[], cwd: string, env: Record<string, string> = {}): Run {
  const base = { ...process.env };
  delete base.DIGEST_CONTENT_DIR;
  const result = spawnSync(process.execPath, [TSX, path.join(ROOT, "scripts", "editor", script), ...args], {
    cwd,
    env: { ...base, TSX_TSCONFIG_PATH: path.join(ROOT, "tsconfig.json"), ...env },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stdout.split("\n").filter(Boolean) };
}

export function tempDir(prefix: string): string {
  return realpathSync(mkdtempSync(path.join(tmpdir(), prefix)));
}

export function write(dir: string, rel: string, content: string | Buffer) {
  const abs = path.join(dir, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, content);
}

/** Today in the digest's time zone (UTC+8), as `npm run new` dates a post. */
export const todayInDigestZone = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * Each test of the calling file runs in a new temporary project folder (its
 * working directory, so content/posts is its own) with a fresh content cache.
 */
export function withTempProject(prefix: string): { readonly dir: string } {
  const project = { dir: "" };
  let cwd = "";
  beforeEach(() => {
    cwd = process.cwd();
    project.dir = tempDir(prefix);
    process.chdir(project.dir);
    resetContentCache();
  });
  afterEach(() => {
    process.chdir(cwd);
    rmSync(project.dir, { recursive: true, force: true });
    resetContentCache();
  });
  return project;
}

/**
 * runScript without blocking this process: for commands that talk to a
 * server the test itself runs (a synchronous spawn would starve it).
 */
export function runScriptAsync(script: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  const base = { ...process.env };
  delete base.DIGEST_CONTENT_DIR;
  const child = spawn(process.execPath, [TSX, path.join(ROOT, "scripts", "editor", script), ...args], {
    cwd,
    env: { ...base, TSX_TSCONFIG_PATH: path.join(ROOT, "tsconfig.json"), ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.on("close", (status) => resolve({ status, stdout, stderr, lines: stdout.split("\n").filter(Boolean) })));
}
