#!/usr/bin/env node
// npm run bench [-- --posts N] [--big-post] [--build-runs 1] [--skip-rebuild] [--skip-small-build]
//                  [--skip-lighthouse] [--lighthouse-runs 5] [--throttling simulate|devtools|both]
//                  [--skip-load] [--load-runs 5]
//                  [--keep] [--reuse-build] [--label NAME]
//
// Measures the site on this machine, against a bare Next.js page built in the
// same run: build time and peak memory for a generated corpus of N bilingual
// posts and for a 10-post corpus (the marginal cost per post; --build-runs N
// builds each N times, interleaved, for medians), the content
// check, gzipped client JavaScript per page type, Lighthouse (mobile) and a
// bounded load test (the prerendered pages, and a post rendered on every
// request, as it would be without prerendering). Lighthouse and the load test run each page several times,
// interleaved with the bare page (round by round, so both see the same machine),
// and report the median with min–max. Writes bench/results/<date>.json and .md.
// Every process it starts is killed on exit. --keep leaves bench/tmp in place;
// --reuse-build then measures that build again without rebuilding.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pageJs } from "../scripts/build/page-js.mjs";
import { watchPeak } from "../scripts/build/tree-rss.mjs";

const root = process.cwd();
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const N = Number(option("posts", "1000"));
const tmp = path.join(root, "bench", "tmp");
const children = new Set();
const log = (...m) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...m);

function cleanup() {
  for (const child of children) {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  children.clear();
}
process.on("exit", cleanup);
for (const s of ["SIGINT", "SIGTERM"]) process.on(s, () => process.exit(130));

/** Runs a command to completion, measuring wall time and peak memory of its process tree. */
function measure(cmd, cmdArgs, env = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, cmdArgs, { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    children.add(child);
    const memory = watchPeak(child.pid);
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("exit", (code) => {
      const peak = memory.stop();
      children.delete(child);
      const result = { seconds: +((performance.now() - started) / 1000).toFixed(1), peakMB: Math.round(peak / 2 ** 20), code, output };
      // content:check exits 1 on content errors: that is a result to report, not a crash.
      if (code === 0 || (cmd === "npm" && cmdArgs[1] === "content:check")) resolve(result);
      else reject(Object.assign(new Error(`${cmd} ${cmdArgs.join(" ")} exited ${code}\n${output.slice(-3000)}`), result));
    });
  });
}

async function serve(dir, port, env = {}) {
  // A server left over from another run would answer for this one, with its own pages.
  const stale = await fetch(`http://127.0.0.1:${port}/`, { redirect: "manual" }).then(
    () => true,
    () => false,
  );
  if (stale) throw new Error(`port ${port} is already in use: stop the server there first`);
  const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const child = spawn(process.execPath, [next, "start", ...(dir ? [dir] : []), "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    detached: true,
    stdio: "ignore",
  });
  children.add(child);
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`, { redirect: "manual" })).status < 500) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server on ${port} did not start`);
}

function chromePath() {
  // The benchmark runs in plain Node and reads only its own CHROME_PATH; the site's settings are in lib/env.ts.
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

// Lighthouse occasionally fails to record a trace (NO_NAVSTART): try once more.
async function lighthouse(url, throttling) {
  try {
    return await lighthouseOnce(url, throttling);
  } catch {
    log(`lighthouse ${url}: retrying after a failed run`);
    return lighthouseOnce(url, throttling);
  }
}

/**
 * How Lighthouse slows the phone down. "simulate", its default and what the
 * bounds are set in: it loads the page at full speed and computes the
 * metrics from a model of the load (Lantern). "devtools": Chromium itself
 * throttles the network and CPU while the page loads, so the metrics are
 * observed, as on a slow phone.
 */
const THROTTLING = ["simulate", "devtools"];

async function lighthouseOnce(url, throttling) {
  const flags = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --disable-quic --no-first-run";
  const cli = path.join(root, "node_modules", "lighthouse", "cli", "index.js");
  const out = path.join(tmp, `lh-${Math.random().toString(36).slice(2)}.json`);
  await measure(process.execPath, [cli, url, "--quiet", "--output=json", `--output-path=${out}`, `--chrome-flags=${flags}`, `--throttling-method=${throttling}`, "--only-categories=performance,accessibility,best-practices,seo"], chromePath() ? { CHROME_PATH: chromePath() } : {});
  const report = JSON.parse(readFileSync(out, "utf8"));
  const score = (c) => Math.round(report.categories[c].score * 100);
  // Lantern's simulated LCP counts every request that finished before the
  // page's largest paint in the real, unthrottled load (unless it is a script
  // first run after that paint): scripts that arrive before it are charged to
  // LCP at the simulated phone's bandwidth.
  const observed = report.audits.metrics.details.items[0];
  const jsBeforePaint = report.audits["network-requests"].details.items.filter((r) => r.resourceType === "Script" && r.networkEndTime <= observed.observedLargestContentfulPaint).reduce((n, r) => n + r.transferSize, 0);
  const failing = Object.values(report.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "notApplicable").map((a) => a.id);
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: Math.round(report.audits["largest-contentful-paint"].numericValue),
    tbtMs: Math.round(report.audits["total-blocking-time"].numericValue),
    cls: +report.audits["cumulative-layout-shift"].numericValue.toFixed(3),
    observedLcpMs: Math.round(observed.observedLargestContentfulPaint),
    jsBeforePaintKB: +(jsBeforePaint / 1024).toFixed(1),
    benchmarkIndex: report.environment?.benchmarkIndex,
    failing,
  };
}

const LOAD_SECONDS = 10;
/** A load target: a URL, or a URL with request headers. */
async function load(target) {
  const { url, headers } = typeof target === "string" ? { url: target, headers: undefined } : target;
  const { default: autocannon } = await import("autocannon");
  const r = await autocannon({ url, connections: 50, duration: LOAD_SECONDS, ...(headers ? { headers } : {}) });
  return { url, requestsPerSecond: Math.round(r.requests.average), p99Ms: r.latency.p99, errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx, requests: r.requests.total };
}

/**
 * The same post, rendered for every request: what each response would cost
 * if pages were not prerendered static files (a per-request CSP nonce, say).
 * Draft mode does that for this site (its preview route); the cookie comes
 * from /api/draft. Throws unless the response is the post and not cached.
 */
async function renderedOnRequest(site, pagePath, secret) {
  const enable = await fetch(`${site}/api/draft?secret=${secret}&path=${encodeURIComponent(pagePath)}`, { redirect: "manual" });
  const cookie = enable.headers.getSetCookie().find((c) => c.startsWith("__prerender_bypass="))?.split(";")[0];
  if (!cookie) throw new Error(`draft mode: no __prerender_bypass cookie (HTTP ${enable.status})`);
  const headers = { cookie };
  const page = await fetch(site + pagePath, { headers });
  const body = await page.text();
  if (page.status !== 200 || !/no-store/.test(page.headers.get("cache-control") ?? "") || !body.includes("<article")) {
    throw new Error(`draft mode: ${pagePath} answered ${page.status}, cache-control ${page.headers.get("cache-control")}`);
  }
  return { url: site + pagePath, headers };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : +((s[m - 1] + s[m]) / 2).toFixed(3);
};
/** Median with min and max of one numeric field over repeated runs. */
const spread = (runs, key) => {
  const xs = runs.map((r) => r[key]).filter((x) => typeof x === "number");
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
};

/**
 * Runs measure(url) for every page, `rounds` times, round by round: each round
 * measures the floor pages and then every page, so a slow spell on this shared
 * machine hits the floor and the site alike.
 */
async function rounds(label, n, pages, measureOne) {
  const runs = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
  for (let round = 1; round <= n; round++) {
    for (const [name, url] of Object.entries(pages)) {
      const result = await measureOne(url);
      runs[name].push(result);
      log(`${label} ${round}/${n} ${name}: ${JSON.stringify({ ...result, failing: undefined, url: undefined })}`);
    }
  }
  return runs;
}

const LIGHTHOUSE_BOUNDS = { performance: -3, tbtMs: 100, lcpMs: 300 };

function summarizeLighthouse(runs) {
  const summary = {};
  for (const [name, list] of Object.entries(runs)) {
    summary[name] = {
      runs: list.length,
      ...Object.fromEntries(["performance", "tbtMs", "lcpMs", "cls", "accessibility", "bestPractices", "seo", "benchmarkIndex", "observedLcpMs", "jsBeforePaintKB"].map((k) => [k, spread(list, k)])),
      failing: [...new Set(list.flatMap((r) => r.failing))],
    };
  }
  const floor = summary.floor;
  for (const [name, s] of Object.entries(summary)) {
    if (name.startsWith("floor")) continue;
    s.withinBounds = {
      performance: s.performance.median >= floor.performance.median + LIGHTHOUSE_BOUNDS.performance,
      tbtMs: s.tbtMs.median <= floor.tbtMs.median + LIGHTHOUSE_BOUNDS.tbtMs,
      lcpMs: s.lcpMs.median <= floor.lcpMs.median + LIGHTHOUSE_BOUNDS.lcpMs,
      cls: s.cls.max === 0,
      categories100: s.accessibility.min === 100 && s.bestPractices.min === 100 && s.seo.min === 100,
    };
  }
  return summary;
}

function summarizeLoad(runs) {
  return Object.fromEntries(Object.entries(runs).map(([name, list]) => [name, { url: list[0].url, runs: list.length, requestsPerSecond: spread(list, "requestsPerSecond"), p99Ms: spread(list, "p99Ms"), errors: list.reduce((n, r) => n + r.errors + r.timeouts + r.non2xx, 0) }]));
}

function corpus(dir, n, bigPost) {
  const raw = path.join(dir, "raw");
  const posts = path.join(dir, "content", "posts");
  return measure(process.execPath, [path.resolve(root, "..", "shared", "bench", "gen-corpus.mjs"), raw, String(n)]).then(() => {
    cpSync(path.join(root, "content", "posts"), posts, { recursive: true });
    for (const locale of ["zh", "en"]) {
      for (const file of readdirSync(path.join(raw, locale))) {
        const slug = file.replace(/\.md$/, "");
        mkdirSync(path.join(posts, slug), { recursive: true });
        cpSync(path.join(raw, locale, file), path.join(posts, slug, `${locale}.md`));
      }
    }
    if (bigPost) {
      // About 5 MB of news items in the seed's format.
      const item = (i) => `### Story ${i}\n\n${"Kubernetes platform teams keep shipping. ".repeat(40)}\n\n**Source:** [Story ${i}](https://example.com/big/${i})\n\n`;
      let body = `---\ntitle: "A 5 MB digest"\ndate: 2026-01-10\ntags: [big]\n---\n\nLead.\n\n## Main News\n\n`;
      for (let i = 1; body.length < 5 * 2 ** 20; i++) body += item(i);
      body += "## Analysis\n\nDone.\n\n## Conclusion\n\nDone.\n";
      mkdirSync(path.join(posts, "big-5mb-digest"), { recursive: true });
      writeFileSync(path.join(posts, "big-5mb-digest", "en.md"), body);
    }
    return posts;
  });
}

/** The page count from Next.js's "Generating static pages (N/N)" line. */
const pagesGenerated = (output) => Number(/\((\d+)\/\1\)/.exec(output)?.[1] ?? 0);

/** Every post file in the corpus (all dated in the past) must have become a page and a search entry. */
function postsBuilt(content, output) {
  const postFiles = readdirSync(content).reduce((n, slug) => n + readdirSync(path.join(content, slug)).filter((f) => /^(zh|en)\.mdx?$/.test(f)).length, 0);
  const app = path.join(tmp, ".next", "server", "app");
  const postsPrerendered = ["zh", "en"].reduce((n, locale) => n + readdirSync(path.join(app, locale, "posts")).filter((f) => f.endsWith(".html")).length, 0);
  const searchIndexed = Number(/search index: (\d+) pages/.exec(output)?.[1] ?? 0);
  return { postFiles, postsPrerendered, searchIndexed };
}

const LIST_PAGE = /^(zh|en)(\/page\/\d+|\/(tags|categories)(\/[^/]+(\/page\/\d+)?)?|\/tags|\/archive(\/\d{4})?)?$/;

/** Every prerendered list page (homes, tag and category pages, archives, and their later pages) with its HTML size. */
function listPages() {
  const app = path.join(tmp, ".next", "server", "app");
  const pages = [];
  for (const file of readdirSync(app, { recursive: true })) {
    const rel = String(file).split(path.sep).join("/");
    if (!rel.endsWith(".html")) continue;
    const route = rel.slice(0, -".html".length);
    if (LIST_PAGE.test(route)) pages.push({ path: `/${route}`, bytes: statSync(path.join(app, rel)).size });
  }
  pages.sort((a, b) => b.bytes - a.bytes);
  return { count: pages.length, largest: pages[0], over100KB: pages.filter((p) => p.bytes > 100 * 1024).length, top: pages.slice(0, 5) };
}

/** Adds an issue dated after every generated one, in both languages. */
function publishOneMore(posts, n) {
  const dir = path.join(posts, `bench-next-issue-${n}`);
  mkdirSync(dir, { recursive: true });
  const body = (title, lead, source) =>
    `---\ntitle: "${title}"\ndate: 2026-11-${20 + n}\ntags: [kubernetes]\ncategories: [weekly]\n---\n\n${lead}\n\n## Main News\n\n### ${title}\n\n${lead}\n\n**${source}:** [CNCF](https://www.cncf.io/)\n\n## Analysis\n\n${lead}\n\n## Conclusion\n\n${lead}\n`;
  writeFileSync(path.join(dir, "zh.md"), body("本周云原生动态", "本周的云原生要闻。", "来源"));
  writeFileSync(path.join(dir, "en.md"), body("This week in cloud native", "This week's cloud-native news.", "Source"));
}

/**
 * The second floor: the seed post's own markup (header, article, footer) and
 * the site's CSS as one server-only page in a bare Next.js app, with no client
 * component and no script of ours. What is left between it and the real page
 * is the cost of the app, not of the content.
 */
function sameContentApp(slug) {
  const dir = path.join(tmp, "bare-same");
  const built = path.join(tmp, ".next");
  const html = readFileSync(path.join(built, "server", "app", "zh", "posts", `${slug}.html`), "utf8");
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)[1].replace(/<script\b[\s\S]*?<\/script>/g, "");
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+\.css)"/g)].map((m) => readFileSync(path.join(built, "static", m[1].replace(/^\/_next\/static\//, "")), "utf8")).join("\n");
  mkdirSync(path.join(dir, "app"), { recursive: true });
  cpSync(path.join(root, "bench", "bare", "next.config.mjs"), path.join(dir, "next.config.mjs"));
  writeFileSync(path.join(dir, "app", "site.css"), css);
  writeFileSync(path.join(dir, "app", "body.json"), JSON.stringify(body));
  writeFileSync(path.join(dir, "app", "layout.jsx"), `import "./site.css";\nexport default function RootLayout({ children }) {\n  return (\n    <html lang="zh-Hans">\n      <body>{children}</body>\n    </html>\n  );\n}\n`);
  writeFileSync(path.join(dir, "app", "page.jsx"), `import body from "./body.json";\nexport default function Page() {\n  return <div dangerouslySetInnerHTML={{ __html: body }} />;\n}\n`);
  return dir;
}

const ms = (x) => `${Math.round(x).toLocaleString("en-US")} ms`;
const range = (s, fmt = (x) => x) => `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`;

function lighthouseTable(summary, throttling = "simulate") {
  const floor = summary.floor;
  const simulated = throttling === "simulate";
  const ok = (b) => (b ? "yes" : "**no**");
  const rows = Object.entries(summary).map(([name, s]) => {
    const verdict = s.withinBounds ? ok(Object.values(s.withinBounds).every(Boolean)) : "floor";
    // Under devtools throttling the paint is observed in the throttled load itself: no columns to explain it.
    const paint = !simulated ? "" : s.observedLcpMs?.median !== undefined ? ` ${range(s.observedLcpMs, ms)} | ${range(s.jsBeforePaintKB)} |` : " – | – |";
    return `| ${name} | ${s.runs} | ${range(s.performance)} | ${range(s.tbtMs, ms)} | ${range(s.lcpMs, ms)} | ${range(s.cls)} | ${s.accessibility.min} / ${s.bestPractices.min} / ${s.seo.min} | ${verdict} |${paint}`;
  });
  const how = simulated ? "mobile defaults, Debian Chromium" : "mobile defaults but `--throttling-method=devtools`: Chromium throttles the load itself, so the metrics are observed, not simulated; Debian Chromium";
  return [
    `Lighthouse 12 (${how}), median (min–max). Bounds against the floor's medians: performance ≥ ${floor.performance.median + LIGHTHOUSE_BOUNDS.performance}, TBT ≤ ${ms(floor.tbtMs.median + LIGHTHOUSE_BOUNDS.tbtMs)}, LCP ≤ ${ms(floor.lcpMs.median + LIGHTHOUSE_BOUNDS.lcpMs)}, CLS 0, accessibility / best practices / SEO 100 (lowest run shown). Machine benchmarkIndex: ${range(floor.benchmarkIndex, Math.round)}.`,
    "",
    simulated
      ? "| page | runs | performance | TBT | LCP | CLS | a11y / BP / SEO | within bounds | LCP in the real, unthrottled load | JS loaded before it (KB) |"
      : "| page | runs | performance | TBT | LCP | CLS | a11y / BP / SEO | within bounds |",
    simulated ? "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |" : "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
    ...(simulated
      ? ["", "The last two columns explain LCP: Lighthouse simulates a phone from the real, unthrottled load, and its LCP includes every request that finished before the largest paint there (scripts first run after that paint excepted). Script chunks that arrive before that paint are charged at the simulated 1.6 Mbps."]
      : []),
  ].join("\n");
}

function loadTable(summary) {
  return [
    `Load test: autocannon, 50 connections for ${LOAD_SECONDS} s against \`next start\`, median (min–max).`,
    "",
    "| page | runs | requests/s | p99 latency | errors, timeouts, non-2xx |",
    "| --- | --- | --- | --- | --- |",
    ...Object.entries(summary).map(([name, s]) => `| ${name} \`${s.url.replace(/^https?:\/\/[^/]+/, "")}\` | ${s.runs} | ${range(s.requestsPerSecond, Math.round)} | ${range(s.p99Ms, ms)} | ${s.errors} |`),
  ].join("\n");
}

/** The per-step times scripts/build/build.mjs prints ("build: <step> took <s> s"). */
function buildSteps(output) {
  return [...output.matchAll(/^build: (.+) took ([\d.]+) s(?:, peak (\d+) MB)?$/gm)].map(([, step, seconds, mb]) => ({ step, seconds: Number(seconds), ...(mb ? { peakMB: Number(mb) } : {}) }));
}

/** What the report keeps of one measured `npm run build`. */
const buildResult = (run) => ({ seconds: run.seconds, peakMB: run.peakMB, pages: pagesGenerated(run.output), steps: buildSteps(run.output) });

/**
 * One build, or the medians of repeated ones: total time and peak, and each
 * step's time and peak (steps matched by name), with every run kept.
 */
function summarizeBuilds(runs) {
  const last = runs.at(-1);
  if (runs.length === 1) return { ...last, runs: 1 };
  const steps = last.steps.map(({ step }) => {
    const same = runs.map((r) => r.steps.find((s) => s.step === step)).filter(Boolean);
    const peaks = same.map((s) => s.peakMB).filter((x) => x !== undefined);
    return { step, seconds: median(same.map((s) => s.seconds)), ...(peaks.length ? { peakMB: Math.round(median(peaks)) } : {}) };
  });
  return { ...last, seconds: median(runs.map((r) => r.seconds)), peakMB: Math.round(median(runs.map((r) => r.peakMB))), steps, runs: runs.length, secondsRange: spread(runs, "seconds"), peakRange: spread(runs, "peakMB"), each: runs.map(({ seconds, peakMB, steps }) => ({ seconds, peakMB, steps })) };
}

/** "107.6 s, 1086 MB peak", or with several runs "median 98.1 s (95.2–107.6), 1080 MB peak (1061–1090), 3 runs". */
const buildText = (b) =>
  b.runs > 1
    ? `median ${b.seconds} s (${b.secondsRange.min}–${b.secondsRange.max}), ${b.peakMB} MB peak (${b.peakRange.min}–${b.peakRange.max}), ${b.runs} runs`
    : `${b.seconds} s, ${b.peakMB} MB peak`;

const stepsText = (steps) => steps.map((s) => `${s.step} ${s.seconds} s${s.peakMB ? ` (${s.peakMB} MB)` : ""}`).join("; ");

function table(results) {
  const b = results.build;
  const rows = [
    ["machine", `Node.js ${results.machine.node}, ${results.machine.cpus} cores${results.machine.chromium ? `, ${results.machine.chromium}` : ""}`],
    ["posts (bilingual)", String(results.posts)],
    ...(results.contentCheck ? [["content:check", `${results.contentCheck.seconds} s, ${results.contentCheck.peakMB} MB peak`]] : []),
    ...(b ? [["build (next build + search index + CSP), first", `${buildText(b)} (${b.pages} pages)`]] : []),
    ...(b?.steps.length ? [[b.runs > 1 ? "first build's steps (scripts/build/build.mjs), medians" : "first build's steps (scripts/build/build.mjs)", stepsText(b.steps)]] : []),
    ...(b ? [["posts built", `${b.postsPrerendered} pages and ${b.searchIndexed} search entries for ${b.postFiles} post files`]] : []),
    ...(results.smallBuild ? [[`build of ${results.smallBuild.posts} posts, same run`, `${buildText(results.smallBuild)} (${results.smallBuild.pages} pages)`]] : []),
    ...(results.smallBuild?.steps?.length ? [[results.smallBuild.runs > 1 ? "its steps, medians" : "its steps", stepsText(results.smallBuild.steps)]] : []),
    ...(results.marginal ? [["marginal cost per bilingual post", `${results.marginal.msPerPost} ms and ${results.marginal.kbPerPost} KB of peak memory`]] : []),
    ...("turbopackCacheAfterFirstBuild" in results ? [["Turbopack cache written by a first build", results.turbopackCacheAfterFirstBuild ? "yes" : "no (scripts/build/build.mjs: from the second build on)"]] : []),
    ...(results.secondBuild ? [["second build after one new issue, build cache kept (Turbopack writes its cache)", `${results.secondBuild.seconds} s, ${results.secondBuild.peakMB} MB peak`]] : []),
    ...(results.secondBuild?.steps.length ? [["second build's steps", stepsText(results.secondBuild.steps)]] : []),
    ...(results.rebuild ? [["rebuild after one more issue, build caches kept", `${results.rebuild.seconds} s, ${results.rebuild.peakMB} MB peak`]] : []),
    ...(results.rebuild?.steps.length ? [["rebuild's steps", stepsText(results.rebuild.steps)]] : []),
    ["bare Next.js page JS (gzip)", `${(results.js.bare.gzipBytes / 1024).toFixed(1)} KB`],
    ...Object.entries(results.js.pages).map(([k, v]) => [`${k} page JS (gzip)`, `${(v.gzipBytes / 1024).toFixed(1)} KB (+${((v.gzipBytes - results.js.bare.gzipBytes) / 1024).toFixed(1)} KB over bare)`]),
    ["list pages (home, tags, categories, archive and their later pages)", `${results.listPages.count} pages; largest ${results.listPages.largest?.path} at ${(results.listPages.largest?.bytes / 1024).toFixed(1)} KB of HTML; ${results.listPages.over100KB} over 100 KB`],
  ];
  return [
    "| measure | result |",
    "| --- | --- |",
    ...rows.map(([a, c]) => `| ${a} | ${c} |`),
    ...(results.lighthouse ? ["", lighthouseTable(results.lighthouse)] : []),
    ...(results.lighthouseDevtools ? ["", lighthouseTable(results.lighthouseDevtools, "devtools")] : []),
    ...(results.load ? ["", loadTable(results.load)] : []),
    "",
    results.build?.runs > 1
      ? `Builds: medians of ${results.build.runs} first builds of each size, interleaved (min–max); the second build and the rebuild are single runs. Lighthouse and load figures are medians of the runs shown.`
      : "Build times and memory are single runs; Lighthouse and load figures are medians of the runs shown.",
  ].join("\n");
}

async function main() {
  const reuse = flag("reuse-build");
  if (!reuse) {
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
  }
  // The browser's version too: Lighthouse figures moved between sittings on the same code (README).
  const browser = chromePath();
  const chromium = browser ? spawnSync(browser, ["--version"], { encoding: "utf8" }).stdout?.trim() || undefined : undefined;
  const results = { date: new Date().toISOString(), machine: { node: process.version, cpus: (await import("node:os")).cpus().length, chromium }, posts: N };
  const content = path.join(tmp, "content", "posts");
  const env = { DIGEST_CONTENT_DIR: content, NEXT_DIST_DIR: "bench/tmp/.next" };

  if (!reuse) {
    // --build-runs N: N first builds of each size, interleaved (10 posts, then
    // N posts, N times), so that a slow spell of this shared machine hits both
    // sizes; the report gives medians. Each build starts from an empty build
    // folder, caches included.
    const buildRuns = Number(option("build-runs", "1"));
    if (!(Number.isInteger(buildRuns) && buildRuns >= 1)) throw new Error(`--build-runs: ${buildRuns}? (a whole number, 1 or more)`);
    // The same build on 10 posts as well, so the marginal cost per post comes from one sitting.
    const small = path.join(tmp, "small");
    let smallContent = null;
    if (!flag("skip-small-build")) {
      log("generating 10 bilingual posts");
      smallContent = await corpus(small, 10, false);
    }
    log(`generating ${N} bilingual posts${flag("big-post") ? " and a 5 MB post" : ""}`);
    await corpus(tmp, N, flag("big-post"));
    log("content:check");
    const check = await measure("npm", ["run", "content:check"], env);
    results.contentCheck = { seconds: check.seconds, peakMB: check.peakMB, summary: check.output.trim().split("\n").at(-1) };
    log(`content:check ${check.seconds} s, ${check.peakMB} MB — ${results.contentCheck.summary}`);

    const smallRuns = [];
    const bigRuns = [];
    for (let i = 1; i <= buildRuns; i++) {
      const of = buildRuns > 1 ? ` (${i} of ${buildRuns})` : "";
      if (smallContent) {
        rmSync(path.join(small, ".next"), { recursive: true, force: true });
        const run = await measure("npm", ["run", "build"], { DIGEST_CONTENT_DIR: smallContent, NEXT_DIST_DIR: "bench/tmp/small/.next" });
        smallRuns.push(buildResult(run));
        log(`build of 10 posts${of} ${run.seconds} s, ${run.peakMB} MB peak`);
      }
      log(`building the site${of}`);
      rmSync(path.join(tmp, ".next"), { recursive: true, force: true });
      const build = await measure("npm", ["run", "build"], env);
      const built = { ...buildResult(build), ...postsBuilt(content, build.output) };
      if (built.postsPrerendered !== built.postFiles) throw new Error(`the build dropped posts: ${built.postsPrerendered} of ${built.postFiles} prerendered`);
      bigRuns.push(built);
      log(`build${of} ${build.seconds} s, ${build.peakMB} MB peak, ${built.pages} pages`);
    }
    rmSync(small, { recursive: true, force: true });
    results.build = summarizeBuilds(bigRuns);
    if (smallRuns.length) results.smallBuild = { posts: 10, ...summarizeBuilds(smallRuns) };
    if (results.smallBuild) {
      const posts = N - results.smallBuild.posts;
      results.marginal = { msPerPost: Math.round(((results.build.seconds - results.smallBuild.seconds) * 1000) / posts), kbPerPost: Math.round(((results.build.peakMB - results.smallBuild.peakMB) * 1024) / posts) };
    }
  }
  results.listPages = listPages();
  log(`list pages: ${results.listPages.count}, largest ${results.listPages.largest?.path} ${results.listPages.largest?.bytes} B, ${results.listPages.over100KB} over 100 KB`);

  // What every deployment after the first does: one new issue, and the build
  // cache (.next/cache: compiler cache and drawn Open Graph images, which
  // Vercel restores between deployments) from the previous build.
  // A first build writes no Turbopack cache (scripts/build/build.mjs): the second
  // build on a machine writes it, and the ones after it read it.
  if (!reuse) results.turbopackCacheAfterFirstBuild = existsSync(path.join(tmp, ".next", "cache", "turbopack"));
  if (!reuse && !flag("skip-rebuild")) {
    log("second build, after publishing one more issue (build cache kept; Turbopack writes its cache)");
    publishOneMore(content, 1);
    const second = await measure("npm", ["run", "build"], env);
    results.secondBuild = buildResult(second);
    log(`second build ${second.seconds} s, ${second.peakMB} MB peak, ${results.secondBuild.pages} pages`);
    log("rebuilding after publishing one more issue (build caches kept)");
    publishOneMore(content, 2);
    const rebuild = await measure("npm", ["run", "build"], env);
    results.rebuild = buildResult(rebuild);
    log(`rebuild ${rebuild.seconds} s, ${rebuild.peakMB} MB peak, ${results.rebuild.pages} pages`);
  }

  const seed = "sovereign-edge-ai-kubernetes";
  log("building the bare Next.js page and the same-content bare page");
  await measure("npx", ["next", "build", "bench/bare"], { NEXT_DIST_DIR: "../tmp/.next-bare" });
  const same = sameContentApp(seed);
  await measure("npx", ["next", "build", same]);

  const site = "http://127.0.0.1:3301";
  const bare = "http://127.0.0.1:3302";
  const sameUrl = "http://127.0.0.1:3303";
  // Draft mode on the measured site, for one load target: a post rendered on request.
  const draftSecret = randomBytes(16).toString("hex");
  await serve(null, 3301, { ...env, DRAFT_SECRET: draftSecret });
  await serve("bench/bare", 3302, { NEXT_DIST_DIR: "../tmp/.next-bare" });
  await serve(same, 3303);
  const slug = readdirSync(content).find((d) => /weekly/.test(d)) ?? seed;
  const pages = { home: "/zh", post: `/zh/posts/${slug}`, tag: "/zh/tags/kubernetes" };
  results.js = { bare: await pageJs(bare, "/"), pages: {} };
  for (const [k, p] of Object.entries(pages)) results.js.pages[k] = { path: p, ...(await pageJs(site, p)) };
  log("JS", JSON.stringify(results.js));

  if (!flag("skip-lighthouse")) {
    const n = Number(option("lighthouse-runs", "5"));
    // --throttling simulate (the default), devtools, or both (two passes, each in rounds with the floor).
    const chosen = option("throttling", "simulate");
    const modes = chosen === "both" ? THROTTLING : [chosen];
    if (!modes.every((m) => THROTTLING.includes(m))) throw new Error(`--throttling: ${chosen}? (simulate, devtools or both)`);
    const targets = { floor: `${bare}/`, "floor: same content": `${sameUrl}/` };
    for (const locale of ["zh", "en"]) {
      Object.assign(targets, { [`/${locale}`]: `${site}/${locale}`, [`/${locale}/posts/${seed}`]: `${site}/${locale}/posts/${seed}`, [`/${locale}/tags/kubernetes`]: `${site}/${locale}/tags/kubernetes`, [`/${locale}/archive`]: `${site}/${locale}/archive` });
    }
    for (const mode of modes) {
      const runs = await rounds(`lighthouse (${mode})`, n, targets, (url) => lighthouse(url, mode));
      const key = mode === "simulate" ? "lighthouse" : "lighthouseDevtools";
      results[`${key}Runs`] = runs;
      results[key] = summarizeLighthouse(runs);
    }
  }
  if (!flag("skip-load")) {
    const n = Number(option("load-runs", "5"));
    const targets = { floor: `${bare}/`, post: `${site}/zh/posts/${seed}`, home: `${site}/zh`, archive: `${site}/zh/archive`, tag: `${site}/zh/tags/kubernetes` };
    if (results.listPages.largest) targets["largest list page"] = site + results.listPages.largest.path;
    targets["post rendered on request (draft mode)"] = await renderedOnRequest(site, `/zh/posts/${seed}`, draftSecret);
    results.loadRuns = await rounds("load", n, targets, load);
    results.load = summarizeLoad(results.loadRuns);
  }
  cleanup();

  const day = results.date.slice(0, 10);
  const out = path.join(root, "bench", "results");
  mkdirSync(out, { recursive: true });
  // --label NAME keeps an earlier report of the same day and size.
  const label = option("label", "");
  const suffix = `${N === 1000 && !flag("big-post") ? "" : `-${N}${flag("big-post") ? "-big" : ""}`}${label ? `-${label}` : ""}`;
  writeFileSync(path.join(out, `${day}${suffix}.json`), JSON.stringify(results, null, 2) + "\n");
  const md = `# Benchmark ${day}\n\n${table(results)}\n`;
  writeFileSync(path.join(out, `${day}${suffix}.md`), md);
  console.log(`\n${md}`);
  if (!flag("keep")) rmSync(tmp, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exitCode = 1;
});
