import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";

// lib/ imports in one direction: a rule about posts does not need the checker
// (lib/content/store.ts -> issue-numbers.ts -> check.ts -> store.ts was the
// last circle). Type-only imports are erased and do not count.
const root = path.join(process.cwd(), "lib");
const files = readdirSync(root, { recursive: true }).map(String).filter((f) => /\.tsx?$/.test(f));

function valueImports(file: string): string[] {
  const source = readFileSync(path.join(root, file), "utf8");
  const targets = [...source.matchAll(/^import (?!type )[^;]*?from "([^"]+)";/gms)].map((m) => m[1]!);
  return targets
    .map((t) => (t.startsWith("@/lib/") ? t.slice("@/lib/".length) : t.startsWith(".") ? path.join(path.dirname(file), t) : null))
    .filter((t): t is string => t !== null)
    .map((t) => files.find((f) => f === `${t}.ts` || f === `${t}.tsx` || f === `${t}/index.ts`))
    .filter((t): t is string => t !== undefined);
}

describe("lib/ has no import circle", () => {
  test("no module reaches itself through value imports", () => {
    const graph = new Map(files.map((f) => [f, valueImports(f)]));
    const circles: string[] = [];
    const done = new Set<string>();
    const visit = (file: string, stack: string[]) => {
      if (stack.includes(file)) return void circles.push([...stack.slice(stack.indexOf(file)), file].join(" -> "));
      if (done.has(file)) return;
      for (const next of graph.get(file) ?? []) visit(next, [...stack, file]);
      done.add(file);
    };
    for (const file of files) visit(file, []);
    expect(graph.get("content/store.ts")).toContain("content/issue-numbers.ts");
    expect(circles).toEqual([]);
  });
});
