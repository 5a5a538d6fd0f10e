import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/**
 * The browser the end-to-end tests run: CHROMIUM_PATH when set; else
 * Playwright's own Chromium where it was installed (a laptop: `npx playwright
 * install chromium`); else the system's (Debian's chromium package, on CI and
 * wherever downloads are impossible). Undefined means Playwright's own.
 */
export function chromiumPath(exists: (file: string) => boolean = existsSync): string | undefined {
  // Test settings belong to the test runner, not to the site (lib/env.ts).
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return exists(chromium.executablePath()) ? undefined : SYSTEM_CHROMIUM;
}

export const SYSTEM_CHROMIUM = "/usr/bin/chromium";
