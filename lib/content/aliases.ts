import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { isScalar, isSeq, LineCounter, parseDocument, isMap, type Node } from "yaml";
import { routing, type Locale } from "../../i18n/routing";
import { parseFrontMatter, splitFrontMatter } from "./front-matter";
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

/** Where each entry of `aliases:` sits in the file (1-based), in the order written. */
function positions(raw: string, file: string): WrittenAlias[] {
  const split = splitFrontMatter(raw);
  if (split.yaml === null) return [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(split.yaml, { lineCounter });
  if (!isMap(doc.contents)) return [];
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === "aliases");
  const value = pair?.value as Node | null | undefined;
  const nodes = isSeq(value) ? (value.items as Node[]) : value ? [value] : [];
  return nodes.filter(isScalar).map((node) => {
    const at = lineCounter.linePos(node.range?.[0] ?? 0);
    return { written: String(node.value).trim(), file, line: at.line + split.yamlLine - 1, column: at.col };
  });
}

const POST_FILE = /^([a-z]{2})\.(md|mdx)$/;

/**
 * Every post file's aliases, from its front matter alone: fast enough for
 * next.config.ts. Files the content store rejects (broken front matter, odd
 * names, links out of the folder) are left to it to report.
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
      const raw = readFileSync(abs, "utf8");
      const { data } = parseFrontMatter(file, raw);
      if (!data) continue;
      const aliases = data.aliases.length > 0 ? positions(raw, file) : [];
      files.push({ file, slug, locale: match[1] as Locale, draft: data.draft, time: data.date.time, aliases });
    }
  }
  return files;
}

export const aliasIssue = (at: WrittenAlias, message: string): ContentIssue => ({ file: at.file, line: at.line, column: at.column, severity: "error", message });
