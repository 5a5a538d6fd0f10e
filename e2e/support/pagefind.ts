import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";

/** A file as text; Pagefind's index and fragments are gzipped. */
export function readText(file: string): string {
  const bytes = readFileSync(file);
  const gzipped = bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (gzipped ? gunzipSync(bytes) : bytes).toString("utf8");
}

export type SearchEntry = { url: string; content: string; meta: Record<string, string> };

/** What a language's search index keeps of each page: its Pagefind fragments, read back. */
export function searchEntries(distDir: string, locale: string): SearchEntry[] {
  const dir = path.join(distDir, "static", "pagefind", locale, "fragment");
  return readdirSync(dir).map((file) => {
    const text = readText(path.join(dir, file));
    return JSON.parse(text.slice(text.indexOf("{"))) as SearchEntry;
  });
}
