import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { PostView } from "@/components/post/post-view";
import { routing } from "@/i18n/routing";
import { getPost, getPostMeta } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { OG_SIZE } from "@/lib/og/fonts";
import { pathOf, siteRoutes, staticParams } from "@/lib/routes";
import { absoluteUrl, paths } from "@/lib/site";

// Every page is prerendered; an unknown value is a static 404 (app/not-found.tsx).
// Draft mode reaches unpublished posts through the preview route (see proxy.ts).
export const dynamicParams = false;

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return staticParams("post", params.locale);
}

export async function generateMetadata({ params }: PageProps<"/[locale]/posts/[slug]">): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const post = getPostMeta(locale, slug);
  if (!post) return {};
  const site = await getTranslations({ locale, namespace: "Site" });
  return pageMetadata({
    locale,
    path: (l) => pathOf(l, { kind: "post", slug }),
    available: siteRoutes().localesOf({ kind: "post", slug }),
    title: post.title,
    description: post.description,
    siteName: site("name"),
    image: { url: absoluteUrl(paths.ogImage(locale, slug)), ...OG_SIZE, alt: post.title },
    openGraph: {
      type: "article",
      publishedTime: post.date.iso,
      modifiedTime: (post.updated ?? post.date).iso,
      authors: post.author ? [post.author] : undefined,
      tags: post.tags,
      section: post.categories[0],
    },
  });
}

export default async function PostPage({ params }: PageProps<"/[locale]/posts/[slug]">) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const data = await getPost(locale, slug);
  if (!data) notFound();
  return <PostView locale={locale} slug={slug} data={data} />;
}
