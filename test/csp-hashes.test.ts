import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";

// scripts/build/csp-hashes.mjs, the build's last look at the pages: a page with its
// policy is left as it is, a page without one gets it, and a page that cannot
// have one keeps the header policy (a warning, never a failed build).
let dist = "";
const app = () => path.join(dist, "server", "app");
const page = (head: string) => `<!DOCTYPE html><html>${head}<body><script>self.y=2</script></body></html>`;
const run = () => execFileSync(process.execPath, [path.join(process.cwd(), "scripts", "build", "csp-hashes.mjs")], { env: { ...process.env, NEXT_DIST_DIR: dist }, encoding: "utf8", stdio: "pipe" });

beforeEach(() => {
  dist = mkdtempSync(path.join(tmpdir(), "digest-csp-"));
  mkdirSync(path.join(app(), "zh"), { recursive: true });
});

afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe("after static generation, every page has its policy", () => {
  test("pages that have one are kept as they are, the others get theirs", () => {
    const kept = page('<head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="script-src \'none\'"/></head>');
    writeFileSync(path.join(app(), "zh.html"), kept);
    writeFileSync(path.join(app(), "zh", "archive.html"), page('<head><meta charSet="utf-8"/></head>'));
    expect(run()).toContain("csp: 2 pages, 1 with their policy from static generation, 1 added now");
    expect(readFileSync(path.join(app(), "zh.html"), "utf8")).toBe(kept);
    expect(readFileSync(path.join(app(), "zh", "archive.html"), "utf8")).toMatch(/<meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'; object-src 'none'; base-uri 'self'"\/>/);
  });

  test("a page without a <head>, or with a script tag it cannot read, keeps the header policy only, with one warning; the build goes on", () => {
    writeFileSync(path.join(app(), "zh.html"), page(""));
    const odd = page('<head><meta charSet="utf-8"/></head>').replace("<body>", '<body><script src="/a.js"/>');
    writeFileSync(path.join(app(), "zh", "archive.html"), odd);
    const result = spawnSync(process.execPath, [path.join(process.cwd(), "scripts", "build", "csp-hashes.mjs")], { env: { ...process.env, NEXT_DIST_DIR: dist }, encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("csp: 2 pages, 0 with their policy from static generation, 0 added now, 2 left with the header policy only");
    expect(result.stderr.match(/^warning: csp: /gm)).toHaveLength(1);
    expect(readFileSync(path.join(app(), "zh", "archive.html"), "utf8")).toBe(odd);
  });
});
