import type { MDXContent } from "mdx/types";
import { routing, type Locale } from "@/i18n/routing";
import { compileEntry, type Post } from "@/lib/content";
import type { ContentIssue } from "@/lib/content/issues";
import { errorsOf, toPost } from "@/lib/content/posts";
import { loadAll } from "@/lib/content/store";

export type EditionSource = {
  post: Post;
  /** The compiled body: the same component the post's page renders. */
  Content: MDXContent;
  /** Warnings only; a post with errors has no edition. */
  issues: ContentIssue[];
};

export type LoadedEdition =
  | { kind: "ok"; edition: EditionSource }
  | { kind: "missing" }
  | { kind: "invalid"; file: string; issues: ContentIssue[] };

/** The languages in which a slug has a file (valid or not), in the site's order. */
export function editionLocales(slug: string): Locale[] {
  const entries = loadAll().entries.filter((e) => e.slug === slug);
  return routing.locales.filter((l) => entries.some((e) => e.locale === l));
}

/**
 * One post, draft or not, compiled through the content pipeline with its
 * safety rules. Unlike getPost, it judges this file alone: an edition is
 * prepared before publishing, and another post's error must not stop it.
 */
export async function loadEdition(locale: Locale, slug: string): Promise<LoadedEdition> {
  const { entries, problems } = loadAll();
  const entry = entries.find((e) => e.locale === locale && e.slug === slug);
  if (!entry) return { kind: "missing" };
  // Besides the file's own issues, those found across posts that name it (an issue number taken twice).
  const known = [...entry.issues, ...problems.filter((p) => p.file === entry.file)];
  const post = toPost(entry, Date.now());
  if (!post || !entry.meta || errorsOf(known).length > 0) return { kind: "invalid", file: entry.file, issues: known };
  const { Content, issues } = await compileEntry(entry, known);
  if (!Content || errorsOf(issues).length > 0) return { kind: "invalid", file: entry.file, issues };
  return { kind: "ok", edition: { post, Content, issues } };
}
