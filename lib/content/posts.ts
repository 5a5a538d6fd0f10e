import type { Locale } from "@/i18n/routing";
import type { PostDate } from "./dates";
import type { DigestSource } from "./digest";
import { ContentError, type ContentIssue } from "./issues";
import type { Entry, PostStatus } from "./store";

/** What lists, feeds and headers need; the body is compiled separately. */
export type Post = {
  slug: string;
  locale: Locale;
  file: string;
  title: string;
  date: PostDate;
  updated?: PostDate;
  author?: string;
  source?: string;
  categories: string[];
  tags: string[];
  /** Front-matter `summary`, else the lead. */
  description: string;
  lead: string;
  image?: string;
  /** The issue number (第 N 期 / Issue N), shared by both languages. */
  issue?: number;
  /** The entry id a previous site's feed gave this post (front matter `feed_id`): its feed items keep it. */
  feedId?: string;
  status: PostStatus;
  readingMinutes: number;
  newsCount: number;
  sources: DigestSource[];
  issues: ContentIssue[];
};

type Visibility = {
  /** Drafts and scheduled posts are shown (dev server, draft mode). */
  includeUnpublished: boolean;
  now: number;
};

export function statusOf(entry: Entry, now: number): PostStatus {
  if (entry.meta?.draft) return "draft";
  if (entry.meta && entry.meta.date.time > now) return "scheduled";
  return "published";
}

export function toPost(entry: Entry, now: number): Post | null {
  const { meta, summary } = entry;
  if (!meta) return null;
  const lead = summary?.lead ?? "";
  return {
    slug: entry.slug,
    locale: entry.locale,
    file: entry.file,
    title: meta.title,
    date: meta.date,
    updated: meta.updated,
    author: meta.author,
    source: meta.source,
    categories: meta.categories,
    tags: meta.tags,
    description: meta.summary ?? lead,
    lead,
    image: meta.image,
    issue: meta.issue,
    feedId: meta.feed_id,
    status: statusOf(entry, now),
    readingMinutes: entry.readingMinutes,
    newsCount: summary?.items.length ?? 0,
    sources: summary?.sources ?? [],
    issues: entry.issues,
  };
}

export const errorsOf = (issues: ContentIssue[]) => issues.filter((i) => i.severity === "error");

const checked = new WeakSet<Entry[]>();

/**
 * A production build stops on the first look at broken content, naming every
 * error. A clean snapshot is remembered: every page asks, and a snapshot does
 * not change.
 */
export function assertNoErrors(entries: Entry[], problems: ContentIssue[]) {
  if (checked.has(entries) && problems.length === 0) return;
  const errors = [...problems, ...entries.flatMap((e) => errorsOf(e.issues))];
  if (errors.length > 0) throw new ContentError(errors);
  checked.add(entries);
}

export function visiblePosts(entries: Entry[], locale: Locale, visibility: Visibility): Post[] {
  return entries
    .filter((e) => e.locale === locale)
    .map((e) => toPost(e, visibility.now))
    .filter((p): p is Post => p !== null && (visibility.includeUnpublished || p.status === "published"))
    .sort((a, b) => b.date.time - a.date.time || a.slug.localeCompare(b.slug));
}

/** When the next scheduled post goes live after `now` (Infinity if none is waiting). */
export function nextRelease(entries: Entry[], now: number): number {
  let next = Infinity;
  for (const e of entries) if (e.meta && !e.meta.draft && e.meta.date.time > now) next = Math.min(next, e.meta.date.time);
  return next;
}

const views = new WeakMap<Entry[], Map<string, { posts: Post[]; since: number; validUntil: number }>>();

/**
 * visiblePosts, remembered per snapshot and locale until the next scheduled
 * post goes live: a build renders thousands of pages from one snapshot.
 */
export function visiblePostsCached(entries: Entry[], locale: Locale, visibility: Visibility): Post[] {
  let byKey = views.get(entries);
  if (!byKey) views.set(entries, (byKey = new Map()));
  const key = `${locale}:${visibility.includeUnpublished}`;
  const hit = byKey.get(key);
  if (hit && visibility.now < hit.validUntil && visibility.now >= hit.since) return hit.posts;
  const posts = visiblePosts(entries, locale, visibility);
  byKey.set(key, { posts, since: visibility.now, validUntil: nextRelease(entries, visibility.now) });
  return posts;
}
