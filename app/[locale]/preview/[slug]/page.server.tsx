import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { draftMode } from "next/headers";
import { notFound } from "next/navigation";
import { PostView } from "@/components/post/post-view";
import { routing } from "@/i18n/routing";
import { getPost, getPostMeta } from "@/lib/content";

// Reached only through proxy.ts, which rewrites /{locale}/posts/{slug} here for
// readers carrying the draft-mode cookie; nothing is prerendered.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string; slug: string }> }): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const preview = (await draftMode()).isEnabled;
  const post = getPostMeta(locale, slug, preview);
  return { title: post?.title, description: post?.description, robots: { index: false, follow: false } };
}

export default async function PreviewPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // A stale cookie that is no longer a valid draft-mode cookie still reads published posts.
  const preview = (await draftMode()).isEnabled;
  const data = await getPost(locale, slug, preview);
  if (!data) notFound();
  return <PostView locale={locale} slug={slug} data={data} preview={preview} />;
}
