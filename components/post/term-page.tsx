import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { SiteHeader } from "@/components/layout/site-header";
import { JsonLd } from "@/components/seo/json-ld";
import type { Locale } from "@/i18n/routing";
import { termAlternate } from "@/lib/alternates";
import { getPostsByCategory, getPostsByTag } from "@/lib/content";
import { pageCount, pageOf } from "@/lib/pagination";
import { paths } from "@/lib/site";
import { breadcrumbList } from "@/lib/structured-data";
import { Pagination } from "./pagination";
import { PostList } from "./post-list";

export type TermKind = "tags" | "categories";

export const termPosts = (kind: TermKind, locale: Locale, name: string) =>
  kind === "tags" ? getPostsByTag(locale, name) : getPostsByCategory(locale, name);

export const termBase = (kind: TermKind, name: string) => (locale: Locale) =>
  kind === "tags" ? paths.tag(locale, name) : paths.category(locale, name);

/** Title and description of a tag or category page, in the page's language. */
export async function termText(kind: TermKind, locale: Locale, name: string) {
  if (kind === "tags") {
    const t = await getTranslations({ locale, namespace: "TagPage" });
    return { title: t("title", { tag: name }), description: t("description", { tag: name }) };
  }
  const t = await getTranslations({ locale, namespace: "CategoryPage" });
  return { title: t("title", { category: name }), description: t("description", { category: name }) };
}

type Props = { locale: Locale; kind: TermKind; name: string; page: number };

/** One page of the posts sharing a tag or a category. */
export async function TermView({ locale, kind, name, page }: Props) {
  const posts = termPosts(kind, locale, name);
  const { title, description } = await termText(kind, locale, name);
  const site = await getTranslations("Site");
  const header = await getTranslations("SiteHeader");
  const tags = await getTranslations("TagPage");
  const crumbs = [{ name: site("name"), path: paths.home(locale) }];
  if (kind === "tags") crumbs.push({ name: header("tags"), path: paths.tags(locale) });
  crumbs.push({ name: title, path: termBase(kind, name)(locale) });
  return (
    <>
      <JsonLd data={breadcrumbList(crumbs)} />
      <SiteHeader locale={locale} alternate={termAlternate(locale, kind, name)} />
      <main id="content" className="mx-auto w-full max-w-3xl flex-1 px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-extrabold tracking-tight">{title}</h1>
        <p className="mt-2 text-muted">{description}</p>
        {kind === "tags" && (
          <p className="mt-4 text-sm">
            <Link href={paths.tags(locale)} className="text-accent hover:underline">
              ← {tags("allTags")}
            </Link>
          </p>
        )}
        <div className="mt-8">
          <PostList posts={pageOf(posts, page)} />
        </div>
        <Pagination base={termBase(kind, name)(locale)} page={page} pages={pageCount(posts.length)} />
      </main>
    </>
  );
}
