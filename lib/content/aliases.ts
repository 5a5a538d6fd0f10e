import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { isScalar, isSeq, LineCounter, parseDocument, isMap, type Node } from "yaml";
import { routing, type Locale } from "../../i18n/routing";
import { parsePostDate } from "./dates";
import { splitFrontMatter } from "./front-matter";
import type { ContentIssue } from "./issues";

/** One `aliases:` entry as an editor wrote it, where it was written. */
export type WrittenAlias = { written: string; file: string; line: number; column: number };

/** A post file's earlier paths: read from front matter only, never its body (next.config.ts reads them). */
export type AliasedFile = { file: string; slug: string; locale: Locale; draft: boolean; time: number; aliases: WrittenAlias[] };

/** Characters a URL path keeps as they are (RFC 3986 pchar, as Jekyll's URL.escape_path and browsers leave them). */
const KEPT = /[A-Za-z0-9\-._~!$&'()*+,;=:@/]/;

/**
 * The form a browser asks for: percent-encoded UTF-8 (`/云原生/` arrives as
 * `/%E4%BA%91…/`), hex in capitals, without the trailing slash Next.js
 * strips before it matches a redirect. Null when the text is not a path of
 * this site, with the reason.
 */
export function canonicalPath(written: string): { path: string } | { error: string } {
  const example = "e.g. /2026/01/18/old-title.html";
  if (written === "") return { error: `an alias is empty; write the old path, ${example}` };
  if (/^[a-z][a-z0-9+.-]*:/i.test(written) || written.startsWith("//")) {
    return { error: `alias "${written}" is a URL, not a path of this site; write only its path, ${example}` };
  }
  if (!written.startsWith("/")) return { error: `alias "${written}" is not a site path: start it with /, ${example}` };
  if (/[?#]/.test(written)) return { error: `alias "${written}" has a query or fragment; write the path only (the reader's #item-N is kept by the browser)` };
  if (/[\u0000-\u001F\u007F\\]/.test(written)) return { error: `alias "${written}" has a backslash or control character; write a plain path, ${example}` };
  let decoded: string;
  try {
    decoded = decodeURIComponent(written);
  } catch {
    return { error: `alias "${written}" has a broken %-escape; write the path as readers see it, ${example}` };
  }
  if (decoded.split("/").some((s) => s === "." || s === "..")) return { error: `alias "${written}" has a . or .. segment, which browsers remove before asking; write the path they ask for` };
  let encoded = "";
  for (const char of decoded) {
    encoded += KEPT.test(char) ? char : [...new TextEncoder().encode(char)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");
  }
  const trimmed = encoded.length > 1 ? encoded.replace(/\/+$/, "") : encoded;
  return { path: trimmed.replace(/\/{2,}/g, "/") || "/" };
}

/** A front matter that may list aliases: most posts have none, and are not parsed here at all. */
const MAY_HAVE_ALIASES = /^aliases[ \t]*:/m;

/**
 * The aliases of one post file, each where it was written (1-based), with
 * what decides whether the post is published; null when the file has none or
 * its front matter is broken (the content store reports that). One YAML parse,
 * no schema: next.config.ts reads every post.
 */
export function aliasesOf(raw: string, file: string): Omit<AliasedFile, "file" | "slug" | "locale"> | null {
  const split = splitFrontMatter(raw);
  if (split.yaml === null || !MAY_HAVE_ALIASES.test(split.yaml)) return null;
  const lineCounter = new LineCounter();
  const doc = parseDocument(split.yaml, { schema: "core", lineCounter });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return null;
  const date = parsePostDate(String(doc.get("date") ?? ""));
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === "aliases");
  const value = pair?.value as Node | null | undefined;
  const nodes = isSeq(value) ? (value.items as Node[]) : value ? [value] : [];
  if (!date || !nodes.every((n) => isScalar(n) && typeof n.value === "string")) return null;
  const aliases = nodes.filter(isScalar).map((node) => {
    const at = lineCounter.linePos(node.range?.[0] ?? 0);
    return { written: String(node.value).trim(), file, line: at.line + split.yamlLine - 1, column: at.col };
  });
  return { draft: doc.get("draft") === true, time: date.time, aliases };
}

const POST_FILE = /^([a-z]{2})\.(md|mdx)$/;

/**
 * Every post file that lists aliases, from its front matter alone, because
 * next.config.ts reads them in every build: 2,000 files each with an alias
 * took 1.4-1.7 s on a busy two-core machine, nearly all of it YAML parsing.
 * Files the content store rejects (broken front matter, odd names, links out
 * of the folder) are left to it to report.
 */
export function readAliasedFiles(root: string, relative: (abs: string) => string): AliasedFile[] {
  const files: AliasedFile[] = [];
  let dirs: string[] = [];
  try {
    dirs = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  } catch {
    return files;
  }
  for (const slug of dirs) {
    for (const entry of readdirSync(path.join(root, slug), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const match = POST_FILE.exec(entry.name);
      if (!entry.isFile() || !match || !(routing.locales as readonly string[]).includes(match[1]!)) continue;
      const abs = path.join(root, slug, entry.name);
      const file = relative(abs);
      const found = aliasesOf(readFileSync(abs, "utf8"), file);
      if (found) files.push({ file, slug, locale: match[1] as Locale, ...found });
    }
  }
  return files;
}

export const aliasIssue = (at: WrittenAlias, message: string): ContentIssue => ({ file: at.file, line: at.line, column: at.column, severity: "error", message });
