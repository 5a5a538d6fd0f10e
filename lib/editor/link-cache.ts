// links:check remembers each verdict for a day, so that checking a draft
// again after fixing one link does not knock on every site once more.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import type { UrlVerdict } from "./check-url";

const DAY = 86_400_000;
type Stored = Record<string, { at: number; verdict: UrlVerdict }>;

export const linkCacheFile = () => path.join(env.cacheDir(), "links", "verdicts.json");

export function openLinkCache(now = Date.now()) {
  let stored: Stored = {};
  try {
    stored = JSON.parse(readFileSync(linkCacheFile(), "utf8")) as Stored;
  } catch {
    // None yet.
  }
  // What is older than a day is forgotten when the cache is written back.
  for (const [url, v] of Object.entries(stored)) if (now - v.at >= DAY) delete stored[url];
  return {
    get: (url: string): UrlVerdict | undefined => stored[url]?.verdict,
    set: (url: string, verdict: UrlVerdict) => void (stored[url] = { at: now, verdict }),
    save() {
      const file = linkCacheFile();
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(`${file}.tmp`, JSON.stringify(stored));
      renameSync(`${file}.tmp`, file);
    },
  };
}
