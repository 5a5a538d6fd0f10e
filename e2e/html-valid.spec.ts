import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "./support/test";

// Every page type is valid HTML according to the W3C Nu HTML Checker
// (vnu.jar, run once on all pages; it needs Java 17+).
const vnuJar: string = createRequire(import.meta.url)("vnu-jar");

const PAGES = {
  "home (zh)": { path: "/zh", status: 200 },
  "home (en)": { path: "/en", status: 200 },
  "post (zh)": { path: "/zh/posts/sovereign-edge-ai-kubernetes", status: 200 },
  "post (en)": { path: "/en/posts/sovereign-edge-ai-kubernetes", status: 200 },
  "MDX post (zh)": { path: "/zh/posts/mdx-service-mesh-roundup", status: 200 },
  "MDX post (en)": { path: "/en/posts/mdx-service-mesh-roundup", status: 200 },
  "tag index": { path: "/zh/tags", status: 200 },
  tag: { path: "/en/tags/kubernetes", status: 200 },
  "Chinese tag": { path: "/zh/tags/云原生", status: 200 },
  category: { path: "/zh/categories/社区", status: 200 },
  "archive (zh)": { path: "/zh/archive", status: 200 },
  "archive (en)": { path: "/en/archive", status: 200 },
  "search (zh)": { path: "/zh/search", status: 200 },
  "search (en)": { path: "/en/search", status: 200 },
  "second page": { path: "/en/page/2", status: 200 },
  "subscribe (zh)": { path: "/zh/subscribe", status: 200 },
  "subscribe (en)": { path: "/en/subscribe", status: 200 },
  "post with related issues": { path: "/zh/posts/ebpf-observability-weekly", status: 200 },
  "404": { path: "/zh/posts/does-not-exist", status: 404 },
};

type VnuMessage = { type: string; subType?: string; url: string; lastLine?: number; firstColumn?: number; message: string; extract?: string };

test("every page type is valid HTML (W3C Nu HTML Checker)", async ({ request }) => {
  test.slow();
  const dir = mkdtempSync(path.join(tmpdir(), "html-valid-"));
  try {
    const files = new Map<string, string>();
    for (const [kind, { path: pagePath, status }] of Object.entries(PAGES)) {
      const response = await request.get(pagePath);
      await expect(response.status(), `${kind} ${pagePath}`).toBe(status);
      const file = path.join(dir, `${kind.replace(/\W+/g, "-")}.html`);
      writeFileSync(file, await response.body());
      files.set(`file:${file}`, `${kind} ${pagePath}`);
    }

    const vnu = spawnSync("java", ["-jar", vnuJar, "--errors-only", "--format", "json", ...[...files.keys()].map((f) => f.slice(5))], {
      encoding: "utf8",
      timeout: 120_000,
    });
    await expect(vnu.error, "java could not run vnu.jar").toBeUndefined();
    // The report goes to stderr; the exit status is 1 when there are errors.
    const report = JSON.parse(vnu.stderr) as { messages: VnuMessage[] };
    const errors = report.messages
      .filter((m) => m.type === "error" || m.subType === "fatal" || m.type === "non-document-error")
      .map((m) => `${files.get(m.url) ?? m.url}:${m.lastLine ?? "?"}:${m.firstColumn ?? "?"} ${m.message}${m.extract ? `\n    ${m.extract.trim()}` : ""}`);
    if (errors.length > 0) console.log(errors.join("\n"));
    await expect(errors).toEqual([]);
    await expect(vnu.status).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
