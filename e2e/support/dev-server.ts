import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

/**
 * A `next dev` of its own for the suites that test what exists only there
 * (drafts, the edition preview), on a copy of the fixtures, in its own
 * process group so that stopping it stops its workers too.
 */
export type DevServer = { origin: string; log: () => string; stop: () => Promise<void> };

const root = process.cwd();

/** Next.js adds the dist folder's types to tsconfig.json when it starts; they are taken out again. */
function dropDistTypes(distDir: string) {
  const file = path.join(root, "tsconfig.json");
  const text = readFileSync(file, "utf8");
  const next = text.replace(new RegExp(`^\\s*"${distDir.replace(/[.-]/g, "\\$&")}/(?:dev/)?types/\\*\\*/\\*\\.ts",?\\r?\\n`, "gm"), "").replace(/,(\s*\])/g, "$1");
  if (next !== text) writeFileSync(file, next);
}

export async function startDevServer({ port, content, distDir, env = {} }: { port: number; content: string; distDir: string; env?: Record<string, string> }): Promise<DevServer> {
  const origin = `http://127.0.0.1:${port}`;
  const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const server: ChildProcess = spawn(process.execPath, [next, "dev", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DIGEST_CONTENT_DIR: content, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  server.stdout!.on("data", keep);
  server.stderr!.on("data", keep);

  const stop = async () => {
    if (server.pid && server.exitCode === null) {
      const exited = new Promise((r) => server.once("exit", r));
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      try {
        process.kill(-server.pid, "SIGKILL");
      } catch {
        // Stopped by SIGTERM.
      }
    }
    rmSync(path.join(root, distDir), { recursive: true, force: true });
    dropDistTypes(distDir);
  };

  // Ready once it answers (the first request compiles the home page).
  const deadline = Date.now() + 200_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`next dev exited with ${server.exitCode}:\n${log}`);
    try {
      if ((await fetch(`${origin}/zh`)).status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next dev did not answer on ${origin}:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
  return { origin, log: () => log, stop };
}

/** next dev restarts when next.config.ts changes: a dropped navigation is retried. */
export const DROPPED = /net::ERR_(EMPTY_RESPONSE|CONNECTION_REFUSED|CONNECTION_RESET)|ECONNREFUSED|ECONNRESET|socket hang up/;

/** Goes to a URL (or reloads, for null), retrying while next dev restarts or compiles. */
export async function visit(page: Page, url: string | null) {
  const deadline = Date.now() + 150_000;
  for (;;) {
    try {
      return url === null ? await page.reload({ timeout: 150_000 }) : await page.goto(url, { timeout: 150_000 });
    } catch (error) {
      if (!DROPPED.test(String(error)) || Date.now() > deadline) throw error;
      await page.waitForTimeout(2_000);
    }
  }
}
