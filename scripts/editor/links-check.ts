// npm run links:check -- [<slug>…] [--all] [--no-cache] — checks that the
// sources and links of posts still answer (default: drafts, scheduled posts
// and the newest issue). One line per problem, like content:check; exit 1
// on errors. Verdicts are kept a day in the cache folder (DIGEST_CACHE_DIR).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { formatIssue, type ContentIssue } from "@/lib/content/issues";
import { postLinks } from "@/lib/content/post-links";
import { statusOf } from "@/lib/content/posts";
import { entryPath, loadAll, type Entry } from "@/lib/content/store";
import { checkUrl, type UrlVerdict } from "@/lib/editor/check-url";
import { createPool } from "@/lib/editor/http-pool";
import { openLinkCache } from "@/lib/editor/link-cache";

const USAGE = "usage: npm run links:check -- [<slug>…] [--all] [--no-cache] [--timeout 10] [--retries 2] [--pace 0.5]";

/** The posts an editor is working on: unpublished ones, and the newest issue (just out, its links fresh). */
function defaultSlugs(entries: Entry[], now: number): string[] {
  const valid = entries.filter((e) => e.meta);
  const unpublished = valid.filter((e) => statusOf(e, now) !== "published").map((e) => e.slug);
  const newest = valid.filter((e) => statusOf(e, now) === "published").sort((a, b) => b.meta!.date.time - a.meta!.date.time)[0];
  return [...new Set([...unpublished, ...(newest ? [newest.slug] : [])])];
}

const number = (value: string, name: string, min: number) => {
  const n = Number(value);
  if (!(n >= min)) throw new Error(`--${name} takes a number of at least ${min}, not "${value}"`);
  return n;
};

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { all: { type: "boolean", default: false }, "no-cache": { type: "boolean", default: false }, timeout: { type: "string", default: "10" }, retries: { type: "string", default: "2" }, pace: { type: "string", default: "0.5" } },
  });
  const timeoutMs = number(values.timeout, "timeout", 0.01) * 1000;
  const retries = number(values.retries, "retries", 0);
  const perHostDelayMs = number(values.pace, "pace", 0) * 1000;

  const now = Date.now();
  const { entries } = loadAll();
  const known = new Set(entries.map((e) => e.slug));
  const unknown = positionals.filter((s) => !known.has(s));
  if (unknown.length > 0) throw new Error(`no post ${unknown.map((s) => `"${s}"`).join(", ")} in content/posts`);
  const slugs = new Set(values.all ? known : positionals.length > 0 ? positionals : defaultSlugs(entries, now));
  const chosen = entries.filter((e) => slugs.has(e.slug) && e.meta);

  const links = chosen.flatMap((e) => postLinks(e, readFileSync(entryPath(e), "utf8")).filter((l) => /^https?:\/\//i.test(l.url)).map((l) => ({ ...l, file: e.file })));
  const cache = openLinkCache(now);
  const pool = createPool({ concurrency: 4, timeoutMs, perHostDelayMs });
  const verdicts = new Map<string, Promise<UrlVerdict>>();
  for (const { url } of links) {
    if (verdicts.has(url)) continue;
    const cached = values["no-cache"] ? undefined : cache.get(url);
    verdicts.set(url, cached ? Promise.resolve(cached) : checkUrl(pool, url, { retries, retryDelayMs: Math.max(200, perHostDelayMs) }).then((v) => (cache.set(url, v), v)));
  }
  const issues: ContentIssue[] = [];
  for (const link of links) {
    const v = await verdicts.get(link.url)!;
    if (v.severity !== "ok") issues.push({ file: link.file, line: link.line, column: link.column, severity: v.severity, message: `${link.url}: ${v.message}` });
  }
  cache.save();
  for (const issue of issues) console.log(formatIssue(issue));
  const errors = issues.filter((i) => i.severity === "error").length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  console.log(`${plural(verdicts.size, "link")} in ${plural(chosen.length, "file")} (${[...slugs].sort().join(", ") || "none"}): ${plural(errors, "error")}, ${plural(issues.length - errors, "warning")}`);
  return errors > 0 ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exitCode = 1;
  },
);
