// The inbox: the gathered candidates as stories (one per article, however
// many feeds carried it), newest first, each marked when a published issue
// already cited it.
import { readFileSync } from "node:fs";
import type { Locale } from "@/i18n/routing";
import { citationIndex, type Citation } from "@/lib/content/cited-before";
import { statusOf } from "@/lib/content/posts";
import { loadAll } from "@/lib/content/store";
import { env } from "@/lib/env";
import type { Candidate } from "./feed-items";
import { candidatesFile, type CandidatesFile } from "./gather";
import { storyKey } from "./normalise-url";

export type Story = {
  key: string;
  title: string;
  url: string;
  date: string | null;
  summary: string;
  feeds: { title: string; url: string }[];
  /** The published issue that already cites it, in this language when it has one. */
  covered?: Pick<Citation, "issue" | "slug" | "locale" | "item">;
};

export type Inbox = { gatheredAt: string | null; since: string | null; stories: Story[] };

function readCandidates(): CandidatesFile | null {
  try {
    return JSON.parse(readFileSync(candidatesFile(), "utf8")) as CandidatesFile;
  } catch {
    return null;
  }
}

const time = (date: string | null) => (date === null ? -Infinity : Date.parse(date));

/** One story per key: told by its earliest report, carried by every feed that had it. */
export function toStories(candidates: Candidate[]): Story[] {
  const byKey = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = storyKey(c.url);
    byKey.set(key, [...(byKey.get(key) ?? []), c]);
  }
  const stories: Story[] = [];
  for (const [key, group] of byKey) {
    const dated = [...group].sort((a, b) => (a.date === null ? 1 : b.date === null ? -1 : time(a.date) - time(b.date)));
    const first = dated[0]!;
    const feeds = [...new Map(group.map((c) => [c.feed.url, c.feed])).values()];
    stories.push({ key, title: first.title, url: first.url, date: first.date, summary: dated.find((c) => c.summary)?.summary ?? "", feeds });
  }
  return stories.sort((a, b) => time(b.date) - time(a.date) || a.title.localeCompare(b.title));
}

/** The inbox of `npm run dev`; never read by a production build. */
export function readInbox(locale: Locale): Inbox {
  if (!env.isDevelopment()) return { gatheredAt: null, since: null, stories: [] };
  const file = readCandidates();
  if (!file) return { gatheredAt: null, since: null, stories: [] };
  const now = Date.now();
  const published = loadAll().entries.filter((e) => e.meta && statusOf(e, now) === "published");
  const index = citationIndex(published);
  const stories = toStories(file.candidates).map((story) => {
    const cited = index.get(story.key);
    if (!cited) return story;
    const first = cited.find((c) => c.issue === cited[0]!.issue && c.locale === locale) ?? cited[0]!;
    return { ...story, covered: { issue: first.issue, slug: first.slug, locale: first.locale, ...(first.item ? { item: first.item } : {}) } };
  });
  return { gatheredAt: file.gatheredAt, since: file.since, stories };
}
