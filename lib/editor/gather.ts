// `npm run gather`: fetches every followed feed and keeps the candidates of
// the period for the inbox. A feed that fails is reported and skipped; the
// others go on.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { feedItems, type Candidate } from "./feed-items";
import { createPool, networkFailure, USER_AGENT, type PoolOptions } from "./http-pool";
import { storyKey } from "./normalise-url";
import type { FollowedFeed } from "./sources-file";

/** What one feed answered last time: its validators for a conditional GET, and its items. */
type FeedState = { etag?: string; lastModified?: string; items: Candidate[] };
type GatherState = { feeds: Record<string, FeedState> };
export type CandidatesFile = { gatheredAt: string; since: string; candidates: Candidate[] };

export type FeedResult = {
  feed: FollowedFeed;
  outcome: "fetched" | "not-modified" | "failed";
  /** Items in the feed (after a 304, those kept from the last fetch). */
  found: number;
  /** Items not seen in this feed before. */
  fresh: number;
  /** Why it failed, or where redirects led. */
  note?: string;
};

export const gatherDir = () => path.join(env.cacheDir(), "gather");
const stateFile = () => path.join(gatherDir(), "feeds.json");
export const candidatesFile = () => path.join(gatherDir(), "candidates.json");

function readJson<T>(file: string, fallback: T): T {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return fallback;
  }
}

function writeJson(file: string, value: unknown) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(value, null, 1));
  renameSync(`${file}.tmp`, file);
}

const ACCEPT = "application/atom+xml, application/rss+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";

async function fetchFeed(feed: FollowedFeed, before: FeedState | undefined, signal: AbortSignal): Promise<{ result: FeedResult; state?: FeedState }> {
  const headers: Record<string, string> = { accept: ACCEPT, "user-agent": USER_AGENT };
  if (before?.etag) headers["if-none-match"] = before.etag;
  if (before?.lastModified) headers["if-modified-since"] = before.lastModified;
  const failed = (note: string) => ({ result: { feed, outcome: "failed" as const, found: 0, fresh: 0, note } });
  let response: Response;
  try {
    response = await fetch(feed.url, { headers, signal, redirect: "follow" });
  } catch (error) {
    return failed(networkFailure(error).message);
  }
  const moved = response.redirected ? `redirected to ${response.url}` : undefined;
  if (response.status === 304 && before) {
    await response.body?.cancel();
    return { result: { feed, outcome: "not-modified", found: before.items.length, fresh: 0, note: moved }, state: before };
  }
  if (!response.ok) {
    await response.body?.cancel();
    return failed(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}${moved ? ` (${moved})` : ""}`);
  }
  let items: Candidate[];
  try {
    items = feedItems(await response.text(), feed, response.url);
  } catch (error) {
    if ((error as Error)?.name === "TimeoutError" || (error as Error)?.name === "AbortError") return failed(networkFailure(error).message);
    const type = response.headers.get("content-type")?.split(";")[0] ?? "no content type";
    return failed(`not a feed (${type}): is ${response.url} the feed's address, not the site's?`);
  }
  const known = new Set((before?.items ?? []).map((i) => storyKey(i.url)));
  const fresh = items.filter((i) => !known.has(storyKey(i.url))).length;
  const state: FeedState = { items, ...(response.headers.get("etag") ? { etag: response.headers.get("etag")! } : {}), ...(response.headers.get("last-modified") ? { lastModified: response.headers.get("last-modified")! } : {}) };
  return { result: { feed, outcome: "fetched", found: items.length, fresh, note: moved }, state };
}

/** `cutoff`: the oldest date kept (ms); `since`: how the editor wrote it, for the record. */
export type GatherOptions = PoolOptions & { cutoff: number; since: string; now?: number };

/** Fetches every feed, updates the cache folder, and returns one result per feed in the order given. */
export async function gather(feeds: FollowedFeed[], options: GatherOptions): Promise<{ results: FeedResult[]; candidates: Candidate[] }> {
  const now = options.now ?? Date.now();
  const previous = readJson<GatherState>(stateFile(), { feeds: {} });
  const pool = createPool(options);
  const outcomes = await Promise.all(feeds.map((feed) => pool.run(feed.url, (signal) => fetchFeed(feed, previous.feeds[feed.url], signal))));
  const next: GatherState = { feeds: {} };
  outcomes.forEach((o, i) => {
    // A failed feed keeps what it last said: a bad day does not empty the inbox.
    const state = o.state ?? previous.feeds[feeds[i]!.url];
    if (state) next.feeds[feeds[i]!.url] = state;
  });
  const { cutoff } = options;
  const candidates = Object.values(next.feeds)
    .flatMap((s) => s.items)
    .filter((c) => c.date === null || (Date.parse(c.date) >= cutoff && Date.parse(c.date) <= now + 86_400_000));
  writeJson(stateFile(), next);
  writeJson(candidatesFile(), { gatheredAt: new Date(now).toISOString(), since: options.since, candidates } satisfies CandidatesFile);
  return { results: outcomes.map((o) => o.result), candidates };
}

/** `7d`, `48h`, `2w` before `now`, or a day (`2026-03-01`, UTC) → the cutoff in ms; null when unreadable. */
export function parseSince(value: string, now: number): number | null {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? Date.parse(`${value.trim()}T00:00:00Z`) : NaN;
  if (!Number.isNaN(day)) return day;
  const m = /^(\d{1,4})([hdw])$/.exec(value.trim());
  if (!m) return null;
  return now - Number(m[1]) * { h: 3_600_000, d: 86_400_000, w: 604_800_000 }[m[2] as "h" | "d" | "w"];
}
