import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { SiteHeader } from "@/components/layout/site-header";
import { mdxComponents } from "@/components/mdx/mdx-components";
import { ContentErrors } from "@/components/post/content-errors";
import { NotTranslated } from "@/components/post/not-translated";
import { PostHeader } from "@/components/post/post-header";
import { PostNav } from "@/components/post/post-nav";
import { StatusBanner } from "@/components/post/status-banner";
import { routing } from "@/i18n/routing";
import { postAlternate } from "@/lib/alternates";
import { getAdjacent, getPost, getPostMeta, getPosts } from "@/lib/content";

// Every page is prerendered; an unknown value is a static 404 (app/not-found.tsx).
export const dynamicParams = false;

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return hasLocale(routing.locales, params.locale) ? getPosts(params.locale).map((p) => ({ slug: p.slug })) : [];
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
  const { post, Content, issues } = data;
  const alternate = postAlternate(locale, slug);
  const { newer, older } = getAdjacent(locale, slug);
  const t = await getTranslations("PostPage");
  return (
    <>
      <SiteHeader locale={locale} alternate={alternate} />
      <main id="content" className="mx-auto w-full max-w-[44rem] flex-1 px-4 py-8 sm:px-6 sm:py-12">
        <StatusBanner post={post} />
        {!alternate.available && <NotTranslated href={`/${alternate.locale}`} note={t("notTranslated")} link={t("otherHome")} />}
        <article>
          <PostHeader post={post} />
          <ContentErrors issues={issues} />
          {Content && (
            <div className="prose mt-8 max-w-none sm:prose-lg prose-headings:scroll-mt-6">
              <Content components={mdxComponents} />
            </div>
          )}
        </article>
        <PostNav newer={newer} older={older} />
      </main>
    </>
  );
}
