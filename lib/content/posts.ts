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
  status: PostStatus;
  readingMinutes: number;
  newsCount: number;
  sources: DigestSource[];
  issues: ContentIssue[];
};

export type Visibility = {
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
    status: statusOf(entry, now),
    readingMinutes: entry.readingMinutes,
    newsCount: summary?.items.length ?? 0,
    sources: summary?.sources ?? [],
    issues: entry.issues,
  };
}

export const errorsOf = (issues: ContentIssue[]) => issues.filter((i) => i.severity === "error");

/** A production build stops on the first look at broken content, naming every error. */
export function assertNoErrors(entries: Entry[], problems: ContentIssue[]) {
  const errors = [...problems, ...entries.flatMap((e) => errorsOf(e.issues))];
  if (errors.length > 0) throw new ContentError(errors);
}

export function visiblePosts(entries: Entry[], locale: Locale, visibility: Visibility): Post[] {
  return entries
    .filter((e) => e.locale === locale)
    .map((e) => toPost(e, visibility.now))
    .filter((p): p is Post => p !== null && (visibility.includeUnpublished || p.status === "published"))
    .sort((a, b) => b.date.time - a.date.time || a.slug.localeCompare(b.slug));
}
