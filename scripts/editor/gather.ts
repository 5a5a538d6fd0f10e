// npm run gather -- [--since 7d|2026-03-01] [--timeout 15] [--concurrency 6] — fetches
// every feed in content/sources.opml and keeps the candidates of the period
// for the inbox (/{locale}/inbox in npm run dev). One line per feed; exit 1
// when any feed failed (the others are gathered all the same).
import path from "node:path";
import { parseArgs } from "node:util";
import { formatIssue } from "@/lib/content/issues";
import { candidatesFile, gather, parseSince, type FeedResult } from "@/lib/editor/gather";
import { loadSources } from "@/lib/editor/sources-file";

const USAGE = "usage: npm run gather -- [--since 7d] [--timeout 15] [--concurrency 6]";

function line(r: FeedResult): string {
  const name = `${r.feed.title} <${r.feed.url}>`;
  const note = r.note ? `; ${r.note}` : "";
  if (r.outcome === "failed") return `error ${name}: ${r.note}`;
  const items = `${r.found} item${r.found === 1 ? "" : "s"}`;
  if (r.outcome === "not-modified") return `ok    ${name}: not modified since the last gather, ${items}${note}`;
  return `ok    ${name}: ${items}, ${r.fresh} new${note}`;
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ options: { since: { type: "string", default: "7d" }, timeout: { type: "string", default: "15" }, concurrency: { type: "string", default: "6" } } }));
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const cutoff = parseSince(values.since, Date.now());
  const timeout = Number(values.timeout);
  const concurrency = Number(values.concurrency);
  if (cutoff === null) return usage(`--since takes a period such as 7d, 48h or 2w, or a day such as 2026-03-01, not "${values.since}"`);
  if (!(timeout > 0)) return usage(`--timeout takes seconds, such as 15 or 0.5, not "${values.timeout}"`);
  if (!Number.isInteger(concurrency) || concurrency < 1) return usage(`--concurrency takes a whole number of at least 1, not "${values.concurrency}"`);

  const { feeds, issues } = loadSources();
  for (const issue of issues) console.error(formatIssue(issue));
  if (issues.some((i) => i.severity === "error")) return 1;

  const { results, candidates } = await gather(feeds, { cutoff, since: values.since, timeoutMs: timeout * 1000, concurrency });
  for (const r of results) console.log(line(r));
  const failed = results.filter((r) => r.outcome === "failed").length;
  const shown = path.relative(process.cwd(), candidatesFile()).split(path.sep).join("/");
  console.log(`${results.length} feeds, ${failed} failed; ${candidates.length} candidates since ${new Date(cutoff).toISOString().slice(0, 10)} in ${shown}`);
  if (candidates.length > 0) console.log("Pick them at /zh/inbox or /en/inbox in npm run dev.");
  return failed > 0 ? 1 : 0;
}

function usage(message: string): number {
  console.error(`error: ${message}\n${USAGE}`);
  return 2;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
