import { cache } from "react";
import { routing, type Locale } from "@/i18n/routing";
import { compilePost } from "./compile";
import { assertNoErrors, visiblePosts, type Post, type Visibility } from "./posts";
import { loadAll } from "./store";

export type { Post } from "./posts";
export type { ContentIssue } from "./issues";
export type { DigestSource } from "./digest";

function visibility(): Visibility {
  return { includeUnpublished: process.env.NODE_ENV === "development", now: Date.now() };
}

/** All posts of a locale that this build may show, newest first. */
export const getPosts = cache((locale: Locale): Post[] => {
  const { entries, problems } = loadAll();
  if (process.env.NODE_ENV === "production") assertNoErrors(entries, problems);
  return visiblePosts(entries, locale, visibility());
});

export const getPostMeta = cache((locale: Locale, slug: string): Post | null => {
  return getPosts(locale).find((p) => p.slug === slug) ?? null;
});

/** Every locale/slug pair to prerender. */
export function getStaticPostParams(): { locale: Locale; slug: string }[] {
  return routing.locales.flatMap((locale) => getPosts(locale).map((p) => ({ locale, slug: p.slug })));
}

/** The locales in which a slug can be read. */
export const getTranslations = cache((slug: string): Locale[] =>
  routing.locales.filter((locale) => getPosts(locale).some((p) => p.slug === slug)),
);

/** The post's metadata and its compiled body. */
export const getPost = cache(async (locale: Locale, slug: string) => {
  const post = getPostMeta(locale, slug);
  if (!post) return null;
  const entry = loadAll().entries.find((e) => e.locale === locale && e.slug === slug);
  if (!entry?.meta) return null;
  const compiled = await compilePost({
    file: entry.file,
    body: entry.body,
    format: entry.format,
    title: entry.meta.title,
    source: entry.meta.source,
  });
  return { post, Content: compiled.Content, issues: [...entry.issues, ...compiled.issues.filter((i) => !entry.issues.some((e) => e.message === i.message && e.line === i.line))] };
});

/** Newer and older neighbours, in date order. */
export const getAdjacent = cache((locale: Locale, slug: string) => {
  const posts = getPosts(locale);
  const i = posts.findIndex((p) => p.slug === slug);
  return { newer: i > 0 ? posts[i - 1] : undefined, older: i >= 0 ? posts[i + 1] : undefined };
});

export type Term = { name: string; count: number };

function terms(posts: Post[], pick: (p: Post) => string[]): Term[] {
  const counts = new Map<string, number>();
  for (const p of posts) for (const t of pick(p)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export const getTags = cache((locale: Locale) => terms(getPosts(locale), (p) => p.tags));
export const getCategories = cache((locale: Locale) => terms(getPosts(locale), (p) => p.categories));
export const getPostsByTag = cache((locale: Locale, tag: string) => getPosts(locale).filter((p) => p.tags.includes(tag)));
export const getPostsByCategory = cache((locale: Locale, category: string) =>
  getPosts(locale).filter((p) => p.categories.includes(category)),
);
