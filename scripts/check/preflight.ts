// `npm test` starts here: the system tools its tests need, checked in under a
// second, so that a machine without a browser stops at once with the command
// that installs it (instead of type-checking, linting and building for
// minutes and then failing every end-to-end test).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { chromiumPath, SYSTEM_CHROMIUM } from "../../e2e/support/chromium";

export type Probe = {
  /** The browser Playwright will launch; undefined when it is Playwright's own, installed. */
  chromium: string | undefined;
  exists: (file: string) => boolean;
  /** The major version of `java` on the PATH, or null when there is none. */
  javaMajor: () => number | null;
  /** Whether `nginx` runs (the plain-files build's end-to-end tests serve out/ with it). */
  nginx: () => boolean;
  /** Debian or Ubuntu (apt-get), where the system packages are the way to install. */
  apt: boolean;
  root: boolean;
};

/** One line per missing tool: what needs it, and the command that installs it. */
export function missingTools(probe: Probe): string[] {
  const apt = (pkg: string) => `${probe.root ? "" : "sudo "}apt-get install -y ${pkg}`;
  const missing: string[] = [];
  if (probe.chromium !== undefined && !probe.exists(probe.chromium)) {
    const how = probe.apt && probe.chromium === SYSTEM_CHROMIUM ? apt("chromium") : "npx playwright install chromium";
    missing.push(`Chromium (the end-to-end tests' browser) is not at ${probe.chromium}: install it with \`${how}\`${probe.chromium === SYSTEM_CHROMIUM ? "" : " or unset CHROMIUM_PATH"}`);
  }
  const java = probe.javaMajor();
  if (java === null || java < 17) {
    const found = java === null ? "no java on the PATH" : `java ${java} on the PATH`;
    missing.push(`Java 17 or later (the HTML validator, vnu.jar) is needed, ${found}: install it with \`${probe.apt ? apt("openjdk-17-jre-headless") : "your system's package manager (a Java 17+ runtime)"}\``);
  }
  if (!probe.nginx()) {
    missing.push(`Nginx (serves the plain-files build in its end-to-end tests) is not on the PATH: install it with \`${probe.apt ? apt("nginx") : "your system's package manager (e.g. brew install nginx)"}\``);
  }
  return missing;
}

const runs = (command: string, args: string[]) => {
  const run = spawnSync(command, args, { encoding: "utf8", timeout: 10_000 });
  return !run.error && run.status === 0;
};

function javaMajor(): number | null {
  const run = spawnSync("java", ["-version"], { encoding: "utf8", timeout: 10_000 });
  if (run.error || run.status !== 0) return null;
  // `openjdk version "17.0.15"`, `java version "1.8.0_392"`
  const version = /version "(\d+)(?:\.(\d+))?/.exec(`${run.stderr}${run.stdout}`);
  if (!version) return null;
  return version[1] === "1" ? Number(version[2]) : Number(version[1]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const missing = missingTools({
    chromium: chromiumPath(),
    exists: existsSync,
    javaMajor,
    nginx: () => runs(process.env.NGINX_PATH ?? "nginx", ["-v"]),
    apt: existsSync("/usr/bin/apt-get"),
    root: process.getuid?.() === 0,
  });
  if (missing.length > 0) {
    console.error(`npm test needs tools this machine does not have:\n${missing.map((m) => `  - ${m}`).join("\n")}`);
    process.exit(1);
  }
  console.log("preflight: Chromium, Java and Nginx for the tests are installed");
}
