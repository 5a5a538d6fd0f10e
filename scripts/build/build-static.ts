// npm run build:static — the site as plain files in out/ (NEXT_DIST_DIR sets
// another folder), for any static host or CDN: Nginx, Alibaba Cloud OSS,
// Tencent COS, GitHub Pages, Cloudflare Pages. Next.js's own static export
// (next.config.ts `output: "export"` when DIGEST_OUTPUT=static) writes the
// pages, feeds, sitemap, images and share images; this script then
// 1. removes the placeholder pages that export needs for a route with no page
//    (lib/routes.ts EXPORT_PLACEHOLDER);
// 2. gives each page its scripts after the first paint and its hashed
//    Content-Security-Policy <meta> (scripts/build/csp.cjs), as the server build does;
// 3. marks the script chunks with V8's compile hint (scripts/build/compile-hints.mjs);
// 4. indexes the posts for search (scripts/build/search-index.mjs);
// 5. writes the old paths' redirect pages, and the host rules: out/_headers and
//    out/_redirects (Cloudflare Pages), and beside out/, static-hosting/ with an
//    Nginx server block and Netlify's _headers.
// The content's errors (broken aliases included) stop it, as they stop npm run build.
// Exits 1 if any step fails.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { formatIssue } from "@/lib/content/issues";
import { loadAll } from "@/lib/content/store";
import { readRedirects } from "@/lib/redirects";
import { EXPORT_PLACEHOLDER } from "@/lib/routes";
import { redirectProblems } from "@/lib/site-paths";
import { nginxServer } from "@/lib/static-host/nginx";
import { headersFile, redirectsFile } from "@/lib/static-host/pages-files";
import { writeRedirectPages } from "@/lib/static-host/redirect-pages";
import { addCompileHints } from "./compile-hints.mjs";
import { addPolicies } from "./csp-hashes.mjs";
import { buildSearchIndex } from "./search-index.mjs";

const root = process.cwd();
const out = path.resolve(process.env.NEXT_DIST_DIR || "out");
const hosting = path.join(path.dirname(out), "static-hosting");
const step = (label: string, started: number) => console.log(`build:static: ${label} took ${((performance.now() - started) / 1000).toFixed(1)} s`);

const scratch = mkdtempSync(path.join(tmpdir(), "digest-static-"));
const warnings = path.join(scratch, "warnings");
mkdirSync(warnings);
process.env.DIGEST_BUILD_WARNINGS = warnings;
try {
  // Broken aliases are content errors, as in npm run build (which finds them in its content step).
  const aliasErrors = redirectProblems(loadAll().entries).filter((i) => i.severity === "error");
  if (aliasErrors.length > 0) throw new Error(aliasErrors.map(formatIssue).join("\n"));
  const redirects = readRedirects({ includeUnpublished: false }).rules.map((r) => ({ from: r.path, to: r.destination, status: 308 as const }));
  let started = performance.now();
  rmSync(out, { recursive: true, force: true });
  const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const env: NodeJS.ProcessEnv = { ...process.env, DIGEST_OUTPUT: "static", NEXT_DIST_DIR: path.relative(root, out) || "out", NODE_ENV: "production" };
  const build = spawnSync(process.execPath, [next, "build"], { stdio: "inherit", env });
  if (build.status !== 0) throw new Error(`next build (static export) failed (${build.signal ?? `exit ${build.status}`})`);
  step("next build (static export)", started);

  started = performance.now();
  const placeholders = readdirSync(out, { recursive: true }).map(String).filter((f) => f.includes(EXPORT_PLACEHOLDER));
  for (const file of placeholders) rmSync(path.join(out, file), { recursive: true, force: true });
  const counts = await addPolicies(out);
  const hints = await addCompileHints(path.join(out, "_next", "static", "chunks"), out);
  console.log(`csp: ${counts.had + counts.added + counts.left} pages, ${counts.added} given their policy${counts.left ? `, ${counts.left} left with the header policy only` : ""}; compile hints: ${hints.changed} of ${hints.found} chunks`);
  console.log(await buildSearchIndex(out, path.join(out, "_next", "static", "pagefind")));
  writeRedirectPages(out, redirects);
  writeFileSync(path.join(out, "_headers"), headersFile());
  writeFileSync(path.join(out, "_redirects"), redirectsFile(redirects));
  mkdirSync(hosting, { recursive: true });
  writeFileSync(path.join(hosting, "nginx.conf"), nginxServer({ root: out, redirects }));
  writeFileSync(path.join(hosting, "netlify-headers"), headersFile({ netlify: true }));
  step(`pages, search, ${redirects.length} redirects and host rules (${placeholders.length} placeholders removed)`, started);
  console.log(`build:static: ${path.relative(root, out) || "."}/ is the site; host rules in ${path.relative(root, hosting)}/`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  for (const file of readdirSync(warnings).sort()) console.warn(`warning: build step ${file.replace(/\.txt$/, "")}: ${readFileSync(path.join(warnings, file), "utf8")}`);
  rmSync(scratch, { recursive: true, force: true });
}
