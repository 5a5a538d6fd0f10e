import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { addCompileHints, COMPILE_HINT, withCompileHint } from "../scripts/compile-hints.mjs";

// scripts/compile-hints.mjs: after `next build`, every script chunk starts with
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
});
