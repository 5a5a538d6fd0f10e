import path from "node:path";
import { cache } from "react";
import { routing, type Locale } from "@/i18n/routing";
import { env } from "@/lib/env";
import { compilePost, runCompiled } from "./compile";
import type { MediaFile } from "./images";
import type { ContentIssue } from "./issues";
import { assertNoErrors, errorsOf, visiblePostsCached, type Post } from "./posts";
import { relatedIndex } from "./related";
import { loadSiteSettings, type LoadedSettings } from "./site-settings";
import { loadAll, type Entry } from "./store";

export type { Post } from "./posts";
export type { ContentIssue } from "./issues";
export type { DigestSource } from "./digest";

/** `npm run dev` shows drafts, scheduled and broken posts; a production build never does. */
export const isDevelopment = env.isDevelopment;

/**
 * All posts of a locale that may be shown, newest first. `preview` (draft
 * mode on a deployed site) adds drafts and scheduled posts.
 */
export const getPosts = cache((locale: Locale, preview: boolean = false): Post[] => {
  const { entries, problems } = loadAll();
  if (!isDevelopment()) assertNoErrors(entries, problems);
  return visiblePostsCached(entries, locale, { includeUnpublished: isDevelopment() || preview, now: Date.now() });
});

/**
 * Where each slug is in a list of posts, and each locale's file of a slug in
 * the store: made once per list. A build renders thousands of pages from the
 * same lists, and each page looks up its post, its neighbours and its
 * translations; searched in turn, that was a scan of every post per lookup.
 */
const slugIndexes = new WeakMap<Post[], Map<string, number>>();
const entryIndexes = new WeakMap<Entry[], Map<string, Entry>>();

function indexOfSlug(posts: Post[], slug: string): number {
  let index = slugIndexes.get(posts);
  if (!index) slugIndexes.set(posts, (index = new Map(posts.map((p, i) => [p.slug, i]))));
  return index.get(slug) ?? -1;
}

function findEntry(entries: Entry[], locale: Locale, slug: string): Entry | undefined {
  let index = entryIndexes.get(entries);
  if (!index) {
    entryIndexes.set(entries, (index = new Map()));
    for (const e of entries) if (!index.has(`${e.locale}/${e.slug}`)) index.set(`${e.locale}/${e.slug}`, e);
  }
  return index.get(`${locale}/${slug}`);
}

export const getPostMeta = cache((locale: Locale, slug: string, preview: boolean = false): Post | null => {
  const posts = getPosts(locale, preview);
  return posts[indexOfSlug(posts, slug)] ?? null;
});

/**
 * The slugs to prerender for a locale: the published posts (in development
 * also drafts and broken files, so that their pages can show what is wrong).
 */
export function getPostSlugs(locale: Locale): string[] {
  if (isDevelopment()) return [...new Set(loadAll().entries.filter((e) => e.locale === locale).map((e) => e.slug))];
  return getPosts(locale).map((p) => p.slug);
}

/** The locales in which a slug can be read (named apart from next-intl's getTranslations, which is about messages). */
export const getPostLocales = cache((slug: string, preview: boolean = false): Locale[] =>
  routing.locales.filter((locale) => indexOfSlug(getPosts(locale, preview), slug) >= 0),
);

export type LoadedPost = {
  file: string;
  /** Null when the front matter is broken (development only). */
  post: Post | null;
  Content: Awaited<ReturnType<typeof compilePost>>["Content"];
  issues: ContentIssue[];
};

/** The post's metadata and its compiled body, or its errors in development. */
export const getPost = cache(async (locale: Locale, slug: string, preview: boolean = false): Promise<LoadedPost | null> => {
  const entry = findEntry(loadAll().entries, locale, slug);
  if (!entry) return null;
  const post = getPostMeta(locale, slug, preview);
  if (!post) {
    return isDevelopment() && errorsOf(entry.issues).length > 0 ? { file: entry.file, post: null, Content: null, issues: entry.issues } : null;
  }
  if (!entry.meta) return null;
  const { Content, issues } = await compileEntry(entry);
  return { file: entry.file, post, Content, issues };
});

/**
 * A stored post's body as a component, with its images; `known` (its issues
 * from the store, by default) come first, and compiling adds only what they do
 * not already say. In a production build the content snapshot has compiled it
 * already (with its analysis, lib/content/store.ts): the code is only run.
 */
export async function compileEntry(entry: Entry, known: ContentIssue[] = entry.issues) {
  const compiled =
    entry.code !== undefined
      ? { Content: entry.code === null ? null : await runCompiled(entry.code), issues: entry.issues }
      : await compilePost({
          file: entry.file,
          body: entry.body,
          format: entry.format,
          title: entry.meta?.title ?? "",
          source: entry.meta?.source,
          images: entry.images,
        });
  const seen = new Set(known.map((i) => `${i.line}:${i.column}:${i.message}`));
  return { Content: compiled.Content, issues: [...known, ...compiled.issues.filter((i) => !seen.has(`${i.line}:${i.column}:${i.message}`))] };
}

/** Newer and older neighbours, in date order. */
export const getAdjacent = cache((locale: Locale, slug: string, preview: boolean = false) => {
  const posts = getPosts(locale, preview);
  const i = indexOfSlug(posts, slug);
  return { newer: i > 0 ? posts[i - 1] : undefined, older: i >= 0 ? posts[i + 1] : undefined };
});

/** content/site.yml (lib/content/site-settings.ts); its errors stop the build in the content step. */
export const getSiteSettings = cache((): LoadedSettings => loadSiteSettings(env.contentDir(), (abs) => path.relative(process.cwd(), abs)));

/** A post's related issues in its language (lib/content/related.ts), from the index built once per list. */
export const getRelated = (locale: Locale, slug: string, preview: boolean = false): Post[] => relatedIndex(getPosts(locale, preview)).get(slug) ?? [];

type Term = { name: string; count: number };

/** Terms (tags or categories) of some posts with their counts, most used first. */
export function termsOf(posts: Post[], pick: (p: Post) => string[]): Term[] {
  const counts = new Map<string, number>();
  for (const p of posts) for (const t of pick(p)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export const getTags = cache((locale: Locale) => termsOf(getPosts(locale), (p) => p.tags));

/**
 * Every image file the visible posts publish, by its name under /media/: a
 * production build publishes only published posts' images, never a draft's.
 * `preview` (a draft-mode request on a deployed site) adds the images of
 * drafts and scheduled posts, which are served to that request only.
 */
export const getMediaFiles = cache((preview: boolean = false): Map<string, MediaFile> => {
  const visible = new Set(routing.locales.flatMap((locale) => getPosts(locale, preview).map((p) => p.file)));
  const files = new Map<string, MediaFile>();
  for (const entry of loadAll().entries) if (visible.has(entry.file)) for (const [name, file] of entry.media) files.set(name, file);
  for (const [name, file] of getSiteSettings().media) files.set(name, file);
  return files;
});

/** The year as the author dated the post (its own time zone). */
export const yearOf = (post: Post) => post.date.wall.slice(0, 4);

/** Names (and descriptions) of tags and categories, from content/taxonomy.yml. */
export const getTaxonomy = () => loadAll().taxonomy;

/** Every file and its state, for the development-only status pages. */
export function getAllEntries() {
  return loadAll();
}
