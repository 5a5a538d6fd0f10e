// content/sources.opml: the feeds the editors follow, as Feedly, Inoreader,
// Miniflux or FreshRSS export them (OPML 2.0), optionally grouped in outlines.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { parseOpml } from "feedsmith";
import type { ContentIssue } from "@/lib/content/issues";
import { env } from "@/lib/env";

export type FollowedFeed = { title: string; url: string; group?: string };

/** Beside the posts folder, as taxonomy.yml is: the e2e fixtures and the tests bring their own. */
export const sourcesFile = () => path.join(path.dirname(env.contentDir()), "sources.opml");

type Outline = { text?: string; title?: string; xmlUrl?: string; outlines?: Outline[] };

/** The line and column of the first occurrence of `needle`, or 1:1. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const index = text.indexOf(needle);
  if (index < 0) return { line: 1, column: 1 };
  const before = text.slice(0, index).split(/\r\n?|\n/);
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** The feeds of an OPML text; `file` names it in the issues (content/sources.opml:line:col). */
export function parseSources(file: string, text: string): { feeds: FollowedFeed[]; issues: ContentIssue[] } {
  const at = (where: { line: number; column: number }, message: string): ContentIssue => ({ file, ...where, severity: "error", message });
  const body = text.replace(/^\uFEFF/, "");
  const valid = XMLValidator.validate(body);
  if (valid !== true) {
    return { feeds: [], issues: [at({ line: valid.err.line, column: valid.err.col }, `not well-formed XML: ${valid.err.msg}`)] };
  }
  let outlines: Outline[];
  try {
    outlines = (parseOpml(body).body?.outlines ?? []) as Outline[];
  } catch (error) {
    return { feeds: [], issues: [at({ line: 1, column: 1 }, `not an OPML file (${error instanceof Error ? error.message : String(error)}); start it with <opml version="2.0"> and list feeds as <outline text="…" xmlUrl="https://…"/> inside <body>`)] };
  }
  const feeds: FollowedFeed[] = [];
  const issues: ContentIssue[] = [];
  const seen = new Set<string>();
  const walk = (list: Outline[], group: string | undefined) => {
    for (const o of list) {
      const name = o.title ?? o.text ?? "";
      if (o.xmlUrl === undefined) {
        walk(o.outlines ?? [], name || group);
        continue;
      }
      let url: URL | null = null;
      try {
        url = new URL(o.xmlUrl);
      } catch {
        url = null;
      }
      if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
        issues.push(at(positionOf(body, o.xmlUrl), `xmlUrl "${o.xmlUrl}" is not a feed address; write the full https:// URL of the feed`));
      } else if (seen.has(url.href)) {
        issues.push({ ...at(positionOf(body, o.xmlUrl), `feed ${url.href} is listed twice; it is fetched once`), severity: "warning" });
      } else {
        seen.add(url.href);
        feeds.push({ title: name || url.hostname, url: url.href, ...(group ? { group } : {}) });
      }
      walk(o.outlines ?? [], group);
    }
  };
  walk(outlines, undefined);
  if (feeds.length === 0 && issues.length === 0) issues.push(at({ line: 1, column: 1 }, "no feeds: add <outline text=\"…\" xmlUrl=\"https://…\"/> lines inside <body>"));
  return { feeds, issues };
}

/** Reads content/sources.opml (or the one beside DIGEST_CONTENT_DIR). */
export function loadSources(): { file: string; feeds: FollowedFeed[]; issues: ContentIssue[] } {
  const abs = sourcesFile();
  const file = path.relative(process.cwd(), abs).split(path.sep).join("/");
  if (!existsSync(abs)) return { file, feeds: [], issues: [{ file, line: 1, column: 1, severity: "error", message: "no sources.opml: export your subscriptions as OPML from your feed reader and save them here" }] };
  return { file, ...parseSources(file, readFileSync(abs, "utf8")) };
}
