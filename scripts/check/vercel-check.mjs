#!/usr/bin/env node
// `npm run vercel:check`: runs `vercel build` offline (no login, no Vercel API)
// and proves on its output (.vercel/output, Build Output API v3) that every
// published post and every list page is a prerendered static file, and that
// drafts and scheduled posts produced nothing.
//
// A page counts as static when it is either
// - a file under .vercel/output/static/, or
// - a Prerender (functions/<path>.prerender-config.json) that never expires
//   (`expiration: false`), is classified `compute: "static"` / `response:
//   "complete"`, has status 200 and ships its HTML (`.prerender-fallback.html`).
//   Vercel serves such a page from its CDN cache; the function beside it only
//   runs for draft-mode requests (bypass cookie) or an on-demand revalidation.
// A path that only has a `.func`, expires after N seconds (ISR), was prerendered
// as a 404, or has a middleware matching it fails the check.
//
// Every redirect the site answers (lib/redirects.ts: posts' aliases, the old
// feed addresses) must be a routing rule of config.json that answers 308 with
// the right Location before any middleware or function is reached.
//
// The build writes only ignored paths: .vercel/ and the Next.js output in
// .next-vercel/ (its own distDir, so a build or `next start` using .next is left
// alone). The tsconfig.json include entries Next.js adds for that distDir are
// taken out again.
//
//   npm run vercel:check                   build, then check
//   npm run vercel:check -- --skip-build   check the existing .vercel/output
//   npm run vercel:check -- --list         also print every URL checked
//   npm run vercel:check -- --fixtures     build the posts plus e2e/fixtures
//                                          (drafts, scheduled, Chinese tags,
//                                          one-language posts, 3 posts a page)
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { COMPILE_HINT, withCompileHint } from "../build/compile-hints.mjs";

const root = process.cwd();
const args = new Set(process.argv.slice(2));
const skipBuild = args.has("--skip-build");
const withFixtures = args.has("--fixtures");
const vercelDir = path.join(root, ".vercel");
const output = path.join(vercelDir, "output");
const distDir = ".next-vercel";

// The settings `vercel build` otherwise pulls from the API (`vercel pull`).
// installCommand "" skips the install (null would run `npm install`);
// outputDirectory must name the distDir the build writes.
const projectJson = {
  projectId: "prj_local",
  orgId: "team_local",
  settings: {
    framework: "nextjs",
    buildCommand: "npm run build",
    installCommand: "",
    outputDirectory: distDir,
    rootDirectory: null,
    nodeVersion: "20.x",
  },
};

const env = {
  ...process.env,
  VERCEL_TELEMETRY_DISABLED: "1",
  NEXT_TELEMETRY_DISABLED: "1",
  NO_UPDATE_NOTIFIER: "1",
  NEXT_DIST_DIR: distDir,
};
delete env.VERCEL_TOKEN;

if (withFixtures) {
  const content = path.join(root, ".e2e", "vercel", "content", "posts");
  rmSync(path.dirname(content), { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  cpSync(path.join(root, "content", "posts"), content, { recursive: true });
  cpSync(path.join(root, "e2e", "fixtures", "posts"), content, { recursive: true });
  // The fixtures' old feed address, beside the posts as content/site.yml is.
  for (const file of ["site.yml", "wechat-qr.png"]) cpSync(path.join(root, "e2e", "fixtures", file), path.join(path.dirname(content), file));
  env.DIGEST_CONTENT_DIR = content;
  env.DIGEST_PAGE_SIZE = "3";
  // As in the e2e site: one share image per language at build time, the others on request.
  env.DIGEST_OG_PRERENDER = "1";
}
// The content modules read these when imported below.
for (const key of ["DIGEST_CONTENT_DIR", "DIGEST_PAGE_SIZE", "DIGEST_OG_PRERENDER"]) if (env[key]) process.env[key] = env[key];

const buildStarted = Date.now();
if (!skipBuild) build();
const buildMs = Date.now() - buildStarted;

const { loadAll, contentRoot } = await import("../../lib/content/store.ts");
const { loadSiteSettings } = await import("../../lib/content/site-settings.ts");
const { visiblePosts, statusOf } = await import("../../lib/content/posts.ts");
const { routeModel, pathOf, pageNumber } = await import("../../lib/routes.ts");
const { paths } = await import("../../lib/site.ts");
const { routing } = await import("../../i18n/routing.ts");
const { ogPrerenderCount } = await import("../../lib/og/prerender.ts");
const { readRedirects } = await import("../../lib/redirects.ts");

function build() {
  const projectFile = path.join(vercelDir, "project.json");
  // A real `vercel link` lives here too: keep it and put it back afterwards.
  const linked = existsSync(projectFile) ? readFileSync(projectFile, "utf8") : null;
  const ours = linked !== null && safeJson(linked)?.projectId === projectJson.projectId;
  const tsconfig = path.join(root, "tsconfig.json");
  const hadDistTypes = readFileSync(tsconfig, "utf8").includes(`"${distDir}/types/`);
  // Vercel's Next.js builder takes the project for a `next export` one when
  // .next/export-detail.json exists, whatever the distDir; the plain-files build
  // (npm run build:static) leaves one there, and its out/ folder: both wait aside meanwhile.
  const asides = ["out", ".next"].filter((name) => existsSync(path.join(root, name))).map((name) => ({ from: path.join(root, name), to: path.join(root, ".e2e", `${name}-aside-during-vercel-check`) }));
  for (const { from, to } of asides) {
    rmSync(to, { recursive: true, force: true });
    mkdirSync(path.dirname(to), { recursive: true });
    renameSync(from, to);
  }
  mkdirSync(vercelDir, { recursive: true });
  writeFileSync(projectFile, `${JSON.stringify(projectJson, null, 2)}\n`);
  let result;
  try {
    console.log(`vercel build --yes --prod (offline, ${projectFile}, distDir ${distDir})`);
    const bin = path.join(root, "node_modules", "vercel", "dist", "vc.js");
    result = spawnSync(process.execPath, [bin, "build", "--yes", "--prod"], { cwd: root, env, stdio: "inherit" });
  } finally {
    if (linked !== null && !ours) writeFileSync(projectFile, linked);
    if (!hadDistTypes) dropDistTypes(tsconfig);
    for (const { from, to } of asides) renameSync(to, from);
  }
  if (result.status !== 0) {
    console.error(`vercel build failed (exit ${result.status ?? result.signal}); nothing checked.`);
    process.exit(1);
  }
}

/** Takes out the `.next-vercel/…` include entries `next build` adds to tsconfig.json. */
function dropDistTypes(file) {
  const text = readFileSync(file, "utf8");
  const escaped = distDir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const entry = new RegExp(`^\\s*"${escaped}/(?:dev/)?types/\\*\\*/\\*\\.ts",?\\r?\\n`, "gm");
  const next = text.replace(entry, "").replace(/,(\s*\])/g, "$1");
  if (next !== text) writeFileSync(file, next);
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** What `published` means for the site, as the build saw it. */
function expectedSite() {
  const { entries } = loadAll();
  const visibility = { includeUnpublished: false, now: buildStarted };
  const pages = [];
  const assets = [];
  const onDemand = [];
  const unpublished = [];
  const unpublishedMedia = [];
  const add = (list, url, kind, extra = {}) => list.push({ url, kind, ...extra });
  // Every page the site's own route model says exists, in every language.
  const model = routeModel((locale) => visiblePosts(entries, locale, visibility));
  for (const locale of routing.locales) {
    const posts = visiblePosts(entries, locale, visibility);
    const titles = new Map(posts.map((p) => [p.slug, p.title]));
    for (const route of model.pagesIn(locale)) {
      const kind = pageNumber(route) > 1 ? `${route.kind}, page ${pageNumber(route)}` : route.kind;
      add(pages, pathOf(locale, route), kind, route.kind === "post" ? { title: titles.get(route.slug) } : {});
    }
    const drawnAtBuild = ogPrerenderCount();
    posts.forEach((post, i) => {
      // The newest posts' share images are drawn at build time, older ones on their first request.
      if (i < drawnAtBuild) add(assets, paths.ogImage(locale, post.slug), "Open Graph image");
      else add(onDemand, paths.ogImage(locale, post.slug), "Open Graph image, drawn on first request", { file: post.file });
    });
    for (const feed of model.feedsIn(locale)) add(assets, feed.path, feed.scope.kind === "site" ? "feed" : `${feed.scope.kind} feed`);
    add(assets, paths.opml(locale), "OPML list of the feeds");
    const published = new Set(posts.map((p) => p.slug));
    for (const entry of entries) {
      if (entry.locale !== locale || !entry.meta || published.has(entry.slug)) continue;
      unpublished.push({ url: paths.post(locale, entry.slug), status: statusOf(entry, buildStarted), title: entry.meta.title });
    }
  }
  // Posts' images: every published post's are static files; a draft's only image is nowhere.
  const publishedFiles = new Set(routing.locales.flatMap((l) => visiblePosts(entries, l, visibility).map((p) => p.file)));
  // The posts' images and content/site.yml's (the WeChat QR code).
  const media = new Set([...entries.filter((e) => publishedFiles.has(e.file)).flatMap((e) => [...e.media.keys()]), ...loadSiteSettings(contentRoot(), (abs) => abs).media.keys()]);
  for (const name of media) add(assets, `/media/${name}`, "image");
  for (const entry of entries) {
    if (publishedFiles.has(entry.file)) continue;
    for (const name of entry.media.keys()) if (!media.has(name)) unpublishedMedia.push({ url: `/media/${name}`, status: statusOf(entry, buildStarted) });
  }
  add(assets, "/sitemap.xml", "sitemap");
  add(assets, "/robots.txt", "robots");
  return { pages, assets, onDemand, unpublished, unpublishedMedia };
}

/** The file names a URL path can have in the output: decoded, and percent-encoded per segment. */
function pathForms(url) {
  const segments = url.split("/").slice(1).map(decodeURIComponent);
  const decoded = segments.join("/");
  const encoded = segments.map(encodeURIComponent).join("/");
  return [...new Set([decoded, encoded])];
}

const isFile = (file) => existsSync(file) && statSync(file).isFile();

/** How the output serves a URL: { ok, how } or { ok: false, why }. */
function classify(url, html) {
  for (const rel of pathForms(url)) {
    for (const file of [`${rel}.html`, `${rel}/index.html`, ...(html ? [] : [rel])]) {
      if (rel && isFile(path.join(output, "static", file))) return { ok: true, how: `static/${file}`, file: path.join(output, "static", file) };
    }
    const config = path.join(output, "functions", `${rel}.prerender-config.json`);
    if (!isFile(config)) continue;
    const prerender = safeJson(readFileSync(config, "utf8"));
    const fallback = prerender?.fallback?.fsPath ? path.join(path.dirname(config), prerender.fallback.fsPath) : null;
    const where = `functions/${rel}.prerender-config.json`;
    if (prerender?.type !== "Prerender") return { ok: false, why: `${where} is not a Prerender` };
    if (prerender.expiration !== false) return { ok: false, why: `ISR: regenerated by a function every ${prerender.expiration} s (${where})` };
    const status = prerender.initialStatus ?? 200;
    if (status !== 200) return { ok: false, why: `prerendered with status ${status} (${where})` };
    const cls = prerender.prerenderClassification;
    if (cls && (cls.compute !== "static" || cls.response !== "complete")) {
      return { ok: false, why: `classified compute=${cls.compute}, response=${cls.response} (${where})` };
    }
    if (!fallback || !isFile(fallback) || statSync(fallback).size === 0) return { ok: false, why: `no prerendered file for ${where}` };
    if (html && !fallback.endsWith(".html")) return { ok: false, why: `prerendered file ${fallback} is not HTML` };
    return { ok: true, how: `functions/${rel}.prerender-fallback.${fallback.split(".").pop()}`, file: fallback };
  }
  for (const rel of pathForms(url)) {
    if (existsSync(path.join(output, "functions", `${rel}.func`))) return { ok: false, why: `dynamic: functions/${rel}.func renders it per request` };
  }
  return { ok: false, why: "missing: no static file and no prerender in .vercel/output" };
}

/**
 * Middleware runs code before the CDN answers. A reader's request must not
 * reach it on a checked page; a route that applies only with Next.js's
 * draft-mode cookie (`has: __prerender_bypass`) runs for editors only.
 */
const DRAFT_COOKIE = "__prerender_bypass";
function middlewareRoutes() {
  const config = safeJson(readFileSync(path.join(output, "config.json"), "utf8"));
  return (config?.routes ?? [])
    .filter((r) => r.middlewarePath && r.src)
    .map((r) => ({
      re: new RegExp(r.src),
      raw: (r.middlewareRawSrc ?? [r.src]).join(", "),
      draftOnly: Array.isArray(r.has) && r.has.length > 0 && r.has.every((h) => h.type === "cookie" && h.key === DRAFT_COOKIE),
    }));
}

const escapeHtml = (s) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");

function* textFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    // Function bundles carry code and the content files (draft mode reads them); they are not served.
    if (entry.isDirectory() && !entry.name.endsWith(".func") && entry.name !== "diagnostics") yield* textFiles(full);
    else if (entry.isFile() && /\.(html|rsc|body|json|xml|txt)$/.test(entry.name)) yield full;
  }
}

/**
 * Images drawn on their first request: the route is a Prerender whose function
 * renders a missing path once (blocking fallback; Next.js answers with
 * s-maxage of a year, so Vercel keeps it), and the function carries what the
 * drawing reads: the fonts and, for a deployment's own content, each post.
 * Every such image is served by the same route, so it is read once.
 */
function checkOnDemand(items) {
  if (items.length === 0) return [];
  const route = "[locale]/posts/[slug]/og.png";
  const config = path.join(output, "functions", `${route}.prerender-config.json`);
  const prerender = isFile(config) ? safeJson(readFileSync(config, "utf8")) : null;
  if (prerender?.type !== "Prerender" || prerender.fallback !== null) return items.map((item) => `${item.url} (${item.kind}): functions/${route} is not a blocking-fallback Prerender`);
  const vc = safeJson(readFileSync(path.join(output, "functions", `${route}.func`, ".vc-config.json"), "utf8")) ?? {};
  const bundled = new Set(Object.keys(vc.filePathMap ?? {}));
  const fonts = readdirSync(path.join(root, "assets", "fonts")).filter((f) => f.endsWith(".woff")).map((f) => `assets/fonts/${f}`);
  return items.flatMap((item) => {
    const absent = [...fonts, ...(withFixtures ? [] : [item.file])].filter((f) => !bundled.has(f));
    return absent.length > 0 ? [`${item.url} (${item.kind}): the function does not carry ${absent.join(", ")}`] : [];
  });
}

/**
 * How Vercel's router answers each redirect: it walks config.json's routes in
 * order until the file system; the first route that matches the path and sets
 * a status decides. A middleware route matching first would run code.
 */
function checkRedirects() {
  const routes = safeJson(readFileSync(path.join(output, "config.json"), "utf8"))?.routes ?? [];
  const { rules } = readRedirects({ now: buildStarted, includeUnpublished: false });
  const failures = [];
  for (const rule of rules) {
    let verdict = "no redirect rule in config.json";
    for (const route of routes) {
      if (route.handle === "filesystem") break;
      if (!route.src || !new RegExp(route.src).test(rule.path)) continue;
      if (route.middlewarePath) {
        verdict = `middleware runs before its redirect (matcher ${(route.middlewareRawSrc ?? [route.src]).join(", ")})`;
        break;
      }
      if (route.status === undefined) continue;
      const location = route.headers?.Location ?? route.headers?.location;
      if (route.status !== 308) verdict = `answers ${route.status}, not 308`;
      else if (location !== rule.destination) verdict = `leads to ${location}, not ${rule.destination}`;
      else if (route.has || route.missing) verdict = "redirects only under conditions (has/missing)";
      else verdict = null;
      break;
    }
    const what = rule.kind === "feed" ? "old feed address" : `alias, ${rule.at.file}:${rule.at.line}`;
    if (verdict) failures.push(`${rule.path} (${what}): ${verdict}`);
  }
  return { failures, count: rules.length };
}

/** The script chunks Vercel serves are the build's, each with V8's compile hint first (scripts/build/compile-hints.mjs). */
function checkCompileHints() {
  const dir = path.join(output, "static", "_next", "static", "chunks");
  const files = existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith(".js")) : [];
  if (files.length === 0) return ["static/_next/static/chunks: no script chunk"];
  return files
    .filter((f) => {
      const source = readFileSync(path.join(dir, f), "utf8");
      return withCompileHint(source) !== source;
    })
    .map((f) => `static/_next/static/chunks/${f}: its first line is not ${COMPILE_HINT}`);
}

function check() {
  if (!isFile(path.join(output, "config.json"))) {
    console.error("FAIL .vercel/output/config.json is missing: `vercel build` produced no Build Output API output.");
    return 1;
  }
  const { version } = safeJson(readFileSync(path.join(output, "config.json"), "utf8")) ?? {};
  const { pages, assets, onDemand, unpublished, unpublishedMedia } = expectedSite();
  const middleware = middlewareRoutes();
  const failures = [];
  const counts = { static: 0, prerender: 0 };
  for (const item of [...pages.map((p) => ({ ...p, html: true })), ...assets]) {
    const result = classify(item.url, item.html);
    if (!result.ok) {
      failures.push(`${item.url} (${item.kind}): ${result.why}`);
      continue;
    }
    const matched = middleware.find((m) => !m.draftOnly && m.re.test(item.url));
    if (matched) failures.push(`${item.url} (${item.kind}): middleware runs on every request for it (matcher ${matched.raw})`);
    if (item.title && !readFileSync(result.file, "utf8").includes(escapeHtml(item.title))) {
      failures.push(`${item.url} (${item.kind}): ${result.how} does not contain the post's title`);
    }
    counts[result.how.startsWith("static/") ? "static" : "prerender"]++;
  }
  failures.push(...checkOnDemand(onDemand));
  failures.push(...checkCompileHints());
  const redirects = checkRedirects();
  failures.push(...redirects.failures);
  const unpublishedUrls = [...unpublished.map((d) => ({ ...d, urls: [d.url, `${d.url}/og.png`] })), ...unpublishedMedia.map((m) => ({ ...m, urls: [m.url] }))];
  for (const draft of unpublishedUrls) {
    for (const url of draft.urls) {
      for (const rel of pathForms(url)) {
        const found = [`static/${rel}.html`, `static/${rel}`, `functions/${rel}.prerender-config.json`, `functions/${rel}.prerender-fallback.html`, `functions/${rel}.func`]
          .filter((f) => existsSync(path.join(output, f)));
        for (const f of found) failures.push(`${url} (${draft.status}): has output ${f}`);
      }
    }
  }
  if (unpublished.length > 0) {
    const markers = unpublished.map((d) => ({ ...d, needles: [...new Set([d.title, escapeHtml(d.title), JSON.stringify(d.title).slice(1, -1)])] }));
    for (const file of textFiles(output)) {
      const text = readFileSync(file, "utf8");
      for (const d of markers) {
        if (d.needles.some((n) => text.includes(n))) failures.push(`${d.url} (${d.status}): its title appears in ${path.relative(output, file)}`);
      }
    }
  }

  const total = pages.length + assets.length;
  const drawnLater = onDemand.length > 0 ? ` ${onDemand.length} older share image(s) are drawn on first request by a function that carries the fonts and posts.` : "";
  const took = skipBuild ? "" : ` Build took ${(buildMs / 1000).toFixed(0)} s.`;
  console.log(
    `\nvercel:check: .vercel/output (Build Output API v${version}): ${pages.length} pages and ${assets.length} feeds/images/sitemap checked` +
      ` (${counts.prerender} never-expiring prerenders, ${counts.static} files under static/);` +
      ` ${unpublished.length} draft/scheduled post page(s) checked absent.${drawnLater}${took}`,
  );
  const byKind = new Map();
  for (const item of [...pages, ...assets]) {
    const kind = item.kind.replace(/, page \d+$/, " (later pages)");
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  }
  console.log(`   ${[...byKind].map(([kind, n]) => `${kind} ${n}`).join(", ")}; locales ${routing.locales.join(", ")}.`);
  if (args.has("--list")) for (const item of [...pages, ...assets]) console.log(`   ${item.url}`);
  if (failures.length > 0) {
    console.error(`\nFAIL ${failures.length} problem(s):\n${failures.map((f) => `  - ${f}`).join("\n")}`);
    return 1;
  }
  const runs = (draftOnly) => middleware.filter((m) => m.draftOnly === draftOnly).map((m) => m.raw).join(" and ") || "nothing";
  console.log(`OK all ${total} are prerendered static files served from the CDN.`);
  console.log(`OK all ${redirects.count} redirects (aliases, old feed addresses) are 308 routing rules, answered before any middleware or function.`);
  console.log(`   Middleware matchers: ${runs(false)}; in draft mode only (${DRAFT_COOKIE} cookie): ${runs(true)}.`);
  return 0;
}

process.exit(check());
