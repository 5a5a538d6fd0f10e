import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test, vi } from "vitest";
import { addCompileHints, COMPILE_HINT, withCompileHint } from "../scripts/build/compile-hints.mjs";

// scripts/build/compile-hints.mjs: after `next build`, every script chunk starts with
// V8's explicit compile hint, so that Chromium compiles it off the main thread.
describe("compile hints", () => {
  test("the hint is the chunk's first line, added once", () => {
    expect(COMPILE_HINT).toBe("//# allFunctionsCalledOnLoad");
    const chunk = '(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push(["x",1]);\n//# sourceMappingURL=x.js.map';
    const hinted = withCompileHint(chunk);
    expect(hinted).toBe(`//# allFunctionsCalledOnLoad\n${chunk}`);
    expect(withCompileHint(hinted)).toBe(hinted);
  });

  test("a chunk that only mentions the hint further down still gets it first", () => {
    const chunk = 'var a=1;\n//# allFunctionsCalledOnLoad\n';
    expect(withCompileHint(chunk).split("\n")[0]).toBe(COMPILE_HINT);
  });

  test("every .js file under the folder is marked, others are left alone, and a second pass changes nothing", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "compile-hints-"));
    mkdirSync(path.join(dir, "app", "nested"), { recursive: true });
    writeFileSync(path.join(dir, "a.js"), "console.log(1)");
    writeFileSync(path.join(dir, "app", "nested", "b.js"), "console.log(2)");
    writeFileSync(path.join(dir, "site.css"), "body{}");
    expect(await addCompileHints(dir)).toEqual({ changed: 2, found: 2 });
    expect(readFileSync(path.join(dir, "a.js"), "utf8")).toBe(`${COMPILE_HINT}\nconsole.log(1)`);
    expect(readFileSync(path.join(dir, "app", "nested", "b.js"), "utf8")).toBe(`${COMPILE_HINT}\nconsole.log(2)`);
    expect(readFileSync(path.join(dir, "site.css"), "utf8")).toBe("body{}");
    expect(await addCompileHints(dir)).toEqual({ changed: 0, found: 2 });
    expect(readFileSync(path.join(dir, "a.js"), "utf8")).toBe(`${COMPILE_HINT}\nconsole.log(1)`);
  });

  test("output it does not expect is left as Next.js wrote it: a #! first line, chunks under Subresource Integrity, no chunks", async () => {
    expect(withCompileHint("#!/usr/bin/env node\nx()")).toBe("#!/usr/bin/env node\nx()");
    const build = mkdtempSync(path.join(tmpdir(), "compile-hints-sri-"));
    const chunks = path.join(build, "static", "chunks");
    mkdirSync(chunks, { recursive: true });
    mkdirSync(path.join(build, "server"));
    writeFileSync(path.join(chunks, "a.js"), "console.log(1)");
    writeFileSync(path.join(build, "server", "subresource-integrity-manifest.json"), "{}");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      expect(await addCompileHints(chunks)).toEqual({ changed: 0, found: 0 });
      expect(readFileSync(path.join(chunks, "a.js"), "utf8")).toBe("console.log(1)");
      expect(String(warn.mock.calls[0]![0])).toMatch(/^warning: compile-hints: .*Subresource Integrity/);
    } finally {
      warn.mockRestore();
    }
    expect(await addCompileHints(path.join(build, "static", "no-chunks-here"), path.join(build, "elsewhere"))).toEqual({ changed: 0, found: 0 });
  });

  test("run as a build step on a build without chunks, it warns and exits 0", () => {
    const build = mkdtempSync(path.join(tmpdir(), "compile-hints-none-"));
    const result = spawnSync(process.execPath, [path.join(process.cwd(), "scripts", "build", "compile-hints.mjs")], { env: { ...process.env, NEXT_DIST_DIR: build }, encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^warning: compile-hints: no script chunk in /);
  });
});
