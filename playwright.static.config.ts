import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// The reader-facing journeys again, against the plain-files build (npm run
// build:static) of the fixtures served by Nginx (scripts/test/e2e-static-server.mjs).
// Tests of what only a server does are tagged @server and left out here.
const port = Number(process.env.E2E_STATIC_PORT ?? 3220);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  ...base,
  testMatch: [
    "read-digest.spec.ts",
    "switch-language.spec.ts",
    "browse-tags.spec.ts",
    "paginate-lists.spec.ts",
    "feeds-and-sitemap.spec.ts",
    "topic-feeds.spec.ts",
    "follow-the-weekly.spec.ts",
    "related-issues.spec.ts",
    "search.spec.ts",
    "not-found.spec.ts",
    "living-weekly.spec.ts",
    "csp.spec.ts",
    "static-hosting.spec.ts",
  ],
  testIgnore: [],
  grepInvert: /@server/,
  use: { ...base.use, baseURL },
  webServer: {
    command: "node scripts/test/e2e-static-server.mjs",
    env: { PORT: String(port) },
    url: `${baseURL}/zh`,
    timeout: 360_000,
    reuseExistingServer: !process.env.CI,
    stdout: "ignore",
    stderr: "pipe",
  },
});
