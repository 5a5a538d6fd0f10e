import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isMap, isSeq, parseDocument } from "yaml";
import type { Locale } from "@/i18n/routing";
import { canonicalPath } from "@/lib/content/aliases";
import { splitFrontMatter } from "@/lib/content/front-matter";
import { OLD_FEED_PATHS } from "@/lib/redirects";
import { paths } from "@/lib/site";
import { oldAddresses, type JekyllConfig } from "./site";

/** Written plain when YAML reads it back as the same text (no spaces, no leading indicator, no trailing colon); else in double quotes. */
const yamlValue = (value: string) => (/^[\p{L}\p{N}/._~()+,;=@$&!:%-]+$/u.test(value) && !/^[-!&:%@]|:$/.test(value) ? value : JSON.stringify(value));

/** Adds lines at the end of a file's front matter, in its own line endings. */
export function appendFrontMatter(text: string, lines: string[]): string {
  if (lines.length === 0) return text;
  return text.replace(/^(\uFEFF?---[ \t]*(\r?\n)[\s\S]*?\r?\n)(---[ \t]*(?:\r?\n|$))/, (_, head: string, eol: string, close: string) => `${head}${lines.map((l) => `${l}${eol}`).join("")}${close}`);
}

/**
 * The post's old addresses as front matter for the new site: `aliases:` (its
 * Jekyll URL and `redirect_from:` entries, minus any that is its new page) and,
 * given the old site's URL, `feed_id:`. A key the file already has is kept as
 * it is, and said so.
 */
export function keepAddresses(text: string, config: JekyllConfig, post: { basename: string; fileDate: string; locale: Locale; slug: string; siteUrl?: string }) {
  const yaml = splitFrontMatter(text).yaml ?? "";
  const doc = parseDocument(yaml, { schema: "core" });
  // Broken YAML: the import reports it (parseFrontMatter) and skips the post.
  if (doc.errors.length > 0) return { text, aliases: [], feedId: undefined, kept: [] };
  const data = (isMap(doc.contents) ? doc.toJS() : {}) as Record<string, unknown>;
  const found = oldAddresses(config, { basename: post.basename, fileDate: post.fileDate, folders: [], data }, post.siteUrl);
  const own = paths.post(post.locale, post.slug).toLowerCase();
  const aliases = found.aliases.filter((a) => {
    const c = canonicalPath(a);
    return !("path" in c) || c.path.toLowerCase() !== own;
  });
  const lines: string[] = [];
  const kept: string[] = [];
  if (aliases.length > 0) {
    if ("aliases" in data) kept.push("aliases");
    else lines.push("aliases:", ...aliases.map((a) => `  - ${yamlValue(a)}`));
  }
  if (found.feedId) {
    if ("feed_id" in data) kept.push("feed_id");
    else lines.push(`feed_id: ${yamlValue(found.feedId)}`);
  }
  return { text: appendFrontMatter(text, lines), aliases, feedId: found.feedId, kept };
}

/**
 * Records the old site's feed address in content/site.yml (`feed_aliases`),
 * unless the site redirects it anyway; keeps the file's other lines and comments.
 * Returns what it did, or would do with `dryRun`.
 */
export function keepFeedAddress(settingsFile: string, feedPath: string, dryRun: boolean): "added" | "present" | "default" {
  const canonical = canonicalPath(feedPath);
  const same = (p: string) => {
    const c = canonicalPath(p);
    return "path" in c && "path" in canonical && c.path.toLowerCase() === canonical.path.toLowerCase();
  };
  if (Object.keys(OLD_FEED_PATHS).some(same)) return "default";
  const raw = existsSync(settingsFile) ? readFileSync(settingsFile, "utf8") : null;
  const doc = parseDocument(raw ?? "# The owner's public settings (lib/content/site-settings.ts).\n");
  const list = doc.get("feed_aliases");
  if (isSeq(list) && list.items.some((item) => same(String((item as { value?: unknown }).value ?? item)))) return "present";
  if (dryRun) return "added";
  if (isSeq(list)) list.add(feedPath);
  else doc.set("feed_aliases", doc.createNode([feedPath], { flow: true }));
  mkdirSync(path.dirname(settingsFile), { recursive: true });
  writeFileSync(`${settingsFile}.tmp`, doc.toString());
  renameSync(`${settingsFile}.tmp`, settingsFile);
  return "added";
}
