import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { missingTools, type Probe } from "../scripts/check/preflight";

// `npm test` checks the system tools its tests need before anything else.
const everything: Probe = { chromium: "/usr/bin/chromium", exists: () => true, javaMajor: () => 17, nginx: () => true, apt: true, root: true };

describe("npm test's preflight", () => {
  test("a machine with every tool passes", () => {
    expect(missingTools(everything)).toEqual([]);
    expect(missingTools({ ...everything, chromium: undefined, exists: () => false, apt: false })).toEqual([]);
  });

  test("a Debian machine without Chromium or Java is told the apt-get command for each", () => {
    expect(missingTools({ ...everything, exists: () => false, javaMajor: () => null, nginx: () => false, root: false })).toEqual([
      "Chromium (the end-to-end tests' browser) is not at /usr/bin/chromium: install it with `sudo apt-get install -y chromium`",
      "Java 17 or later (the HTML validator, vnu.jar) is needed, no java on the PATH: install it with `sudo apt-get install -y openjdk-17-jre-headless`",
      "Nginx (serves the plain-files build in its end-to-end tests) is not on the PATH: install it with `sudo apt-get install -y nginx`",
    ]);
  });

  test("a laptop without Playwright's browser is told Playwright's installer; an old Java is named", () => {
    const missing = missingTools({ ...everything, exists: () => false, apt: false, javaMajor: () => 11 });
    expect(missing[0]).toContain("`npx playwright install chromium`");
    expect(missing[1]).toMatch(/is needed, java 11 on the PATH/);
  });

  test("is the first thing npm test runs", () => {
    const pkg = JSON.parse(readFileSync(path.join(process.cwd(), "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.test).toMatch(/^npm run preflight && /);
    expect(pkg.scripts.preflight).toBe("tsx scripts/check/preflight.ts");
  });
});
