import { readFileSync } from "node:fs";
import path from "node:path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { z } from "zod";
import type { ContentIssue } from "./issues";

/**
 * content/site.yml: the owner's public settings, beside the posts folder.
 * Secrets and deployment settings stay in the environment (lib/env.ts). Each
 * setting is one key of the schema below; an unknown key is an error, so a
 * typo is never silently ignored.
 *
 *   # The previous site's feed addresses besides /feed.xml, /atom.xml and
 *   # /feed/, each redirected to this site's feed (npm run import:jekyll
 *   # writes the one jekyll-feed was configured with).
 *   feed_aliases: [/blog/atom.xml]
 */
const schema = z.strictObject(
  {
    feed_aliases: z
      .array(z.string({ error: "must be a path such as /blog/atom.xml" }), { error: "feed_aliases must be a list of paths, e.g. [/blog/atom.xml]" })
      .nullish()
      .transform((list) => (list ?? []).map((p) => p.trim())),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `unknown setting ${issue.keys.map((k) => `"${k}"`).join(", ")}; the settings are: feed_aliases` : "must be a set of key: value lines") },
);

export type SiteSettings = z.infer<typeof schema>;

/** Where a value was written, for settings that are checked against the rest of the site (1-based). */
export type Located<T> = { value: T; file: string; line: number; column: number };

export type LoadedSettings = {
  settings: SiteSettings;
  /** The feed aliases with their positions in the file. */
  feedAliases: Located<string>[];
  issues: ContentIssue[];
};

export const siteSettingsFile = (contentRoot: string) => path.join(path.dirname(contentRoot), "site.yml");

const EMPTY: SiteSettings = { feed_aliases: [] };

/** Parses the file's text (null: no file, every setting at its default); errors name `file:line:col`. */
export function parseSiteSettings(file: string, raw: string | null): LoadedSettings {
  if (raw === null) return { settings: EMPTY, feedAliases: [], issues: [] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(raw.replace(/^\uFEFF/, ""), { uniqueKeys: true, prettyErrors: false, lineCounter });
  const at = (node: Node | undefined, message: string): ContentIssue => ({ file, ...lineCol(lineCounter, node?.range?.[0] ?? 0), severity: "error", message });
  if (doc.errors.length > 0) {
    const issues = doc.errors.map((e): ContentIssue => ({ file, ...lineCol(lineCounter, e.pos[0]), severity: "error", message: `invalid YAML: ${e.message.split("\n")[0]}` }));
    return { settings: EMPTY, feedAliases: [], issues };
  }
  const result = schema.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    const issues = result.error.issues.map((issue) => {
      let node: unknown = doc.contents;
      for (const key of issue.path) {
        if (isMap(node)) node = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key))?.value ?? node;
        else if (isSeq(node) && typeof key === "number") node = node.items[key] ?? node;
      }
      return at(node as Node, `${issue.path.length ? `${issue.path.join(".")}: ` : ""}${issue.message}`);
    });
    return { settings: EMPTY, feedAliases: [], issues };
  }
  const list = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === "feed_aliases")?.value : null;
  const nodes = isSeq(list) ? (list.items as Node[]) : [];
  const feedAliases = result.data.feed_aliases.map((value, i) => ({ value, file, ...lineCol(lineCounter, nodes[i]?.range?.[0] ?? 0) }));
  return { settings: result.data, feedAliases, issues: [] };
}

function lineCol(lineCounter: LineCounter, offset: number) {
  const pos = lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

export function loadSiteSettings(contentRoot: string, relative: (abs: string) => string): LoadedSettings {
  const abs = siteSettingsFile(contentRoot);
  let raw: string | null;
  try {
    raw = readFileSync(abs, "utf8");
  } catch {
    raw = null;
  }
  return parseSiteSettings(relative(abs), raw);
}
