import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";

// House rule: every figure in the README's performance section comes from a
// bench report it names. Each measured number in its tables (a decimal or
// three digits and more, followed by a unit) must appear in one of the
// reports the section names, and each named report must exist.
const root = process.cwd();
const readme = readFileSync(path.join(root, "README.md"), "utf8");
const section = readme.slice(readme.indexOf("## Performance (measured)"));
const reports = [...new Set([...section.matchAll(/bench\/results\/[\w.-]+\.md/g)].map((m) => m[0]))];
const UNIT = /(\d[\d,]*(?:\.\d+)?)\s*(KB|MB|ms|s|req\/s)\b/g;
const plain = (n: string) => n.replaceAll(",", "");

describe("README performance figures", () => {
  test("name at least one bench report, and every named report exists", () => {
    expect(reports.length).toBeGreaterThan(0);
    for (const report of reports) expect(existsSync(path.join(root, report)), report).toBe(true);
  });

  test("quote in their tables only numbers that the named reports contain", () => {
    const measured = reports.map((r) => readFileSync(path.join(root, r), "utf8").replaceAll(",", "")).join("\n");
    const rows = section.split("\n").filter((line) => line.startsWith("|") && !/^\|\s*-/.test(line));
    const quoted = rows.flatMap((row) => [...row.matchAll(UNIT)].map((m) => m[1]!).filter((n) => n.includes(".") || plain(n).length >= 3));
    expect(quoted.length).toBeGreaterThan(5);
    for (const n of quoted) expect(measured, `${n} is not in ${reports.join(", ")}`).toContain(plain(n));
  });
});
