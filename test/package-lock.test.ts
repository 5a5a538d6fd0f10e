import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";

// `npm install` on a fresh clone must leave package-lock.json as it is: the
// lock's own entry for the project says what package.json says.
const read = (file: string) => JSON.parse(readFileSync(path.join(process.cwd(), file), "utf8"));

describe("package-lock.json agrees with package.json", () => {
  test("engines, dependencies and devDependencies of the project itself", () => {
    const pkg = read("package.json");
    const root = read("package-lock.json").packages[""];
    expect(root.engines).toEqual(pkg.engines);
    expect(root.dependencies).toEqual(pkg.dependencies);
    expect(root.devDependencies).toEqual(pkg.devDependencies);
  });
});
