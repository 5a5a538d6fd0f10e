import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { PostView } from "@/components/post/post-view";
import { routing } from "@/i18n/routing";
import { getPost, getPostMeta, getPostSlugs } from "@/lib/content";

// Every page is prerendered; an unknown value is a static 404 (app/not-found.tsx).
// Draft mode reaches unpublished posts through the preview route (see proxy.ts).
export const dynamicParams = false;

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return hasLocale(routing.locales, params.locale) ? getPostSlugs(params.locale).map((slug) => ({ slug })) : [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/posts/[slug]">): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const post = getPostMeta(locale, slug);
  if (!post) return {};
  return { title: post.title, description: post.description };
}

export default async function PostPage({ params }: PageProps<"/[locale]/posts/[slug]">) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const data = await getPost(locale, slug);
  if (!data) notFound();
  return <PostView locale={locale} slug={slug} data={data} />;
}
