import { getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/layout/site-header";
import { mdxComponents } from "@/components/mdx/mdx-components";
import type { Locale } from "@/i18n/routing";
import { getAdjacent, getPostLocales, getRelated, getTaxonomy, type LoadedPost } from "@/lib/content";
import { termName } from "@/lib/content/taxonomy";
import { siteRoutes } from "@/lib/routes";
import { absoluteUrl, paths } from "@/lib/site";
import { breadcrumbList, newsArticle } from "@/lib/structured-data";
import { JsonLd } from "@/components/seo/json-ld";
import { ContentErrors } from "./content-errors";
import { NotTranslated } from "./not-translated";
import { PostHeader } from "./post-header";
import { PostNav } from "./post-nav";
import { RelatedPosts } from "./related-posts";
import { FollowLinks } from "@/components/follow/follow-links";
import { StatusBanner } from "./status-banner";

type Props = { locale: Locale; slug: string; data: LoadedPost; preview?: boolean };

/** One digest: header, body compiled from Markdown or MDX, neighbours. */
export async function PostView({ locale, slug, data, preview = false }: Props) {
  const { post, Content, issues, file } = data;
  const alternate = siteRoutes(preview).alternateOf(locale, { kind: "post", slug });
  const { newer, older } = getAdjacent(locale, slug, preview);
  const t = await getTranslations("PostPage");
  const site = await getTranslations("Site");
  const structured = post && [
    newsArticle(post, getPostLocales(slug, preview), site("name"), absoluteUrl(paths.ogImage(locale, slug)), post.tags.map((tag) => termName(getTaxonomy(), "tags", tag, locale))),
    breadcrumbList([
      { name: site("name"), path: paths.home(locale) },
      { name: post.title, path: paths.post(locale, slug) },
    ]),
  ];
  return (
    <>
      {structured && <JsonLd data={structured} />}
      <SiteHeader locale={locale} alternate={alternate} />
      <main id="content" className="mx-auto w-full max-w-[44rem] flex-1 px-4 py-8 sm:px-6 sm:py-12">
        {post && <StatusBanner post={post} />}
        {!alternate.available && <NotTranslated href={alternate.href} note={t("notTranslated")} link={t("otherHome")} />}
        <article data-pagefind-body>
          {post ? <PostHeader post={post} /> : <h1 className="text-2xl font-bold break-all">{file}</h1>}
          <ContentErrors issues={issues} />
          {Content && (
            <div className="prose mt-8 max-w-none sm:prose-lg prose-headings:scroll-mt-6">
              <Content components={mdxComponents} />
            </div>
          )}
        </article>
        {post && <FollowLinks locale={locale} url={absoluteUrl(paths.post(locale, slug))} />}
        <RelatedPosts posts={getRelated(locale, slug, preview)} />
        <PostNav newer={newer} older={older} />
      </main>
    </>
  );
}
