import { getTranslations } from "next-intl/server";
import { Link } from "@/components/layout/link";
import { SiteHeader } from "@/components/layout/site-header";
import { JsonLd } from "@/components/seo/json-ld";
import type { Locale } from "@/i18n/routing";
import { pageCount, pageOf } from "@/lib/pagination";
import { pathOf, siteRoutes } from "@/lib/routes";
import { paths } from "@/lib/site";
import { breadcrumbList } from "@/lib/structured-data";
import { termFeeds, termPage, termText, type TermKind, type TermRoute } from "@/lib/term-route";
import { Pagination } from "./pagination";
import { PostList } from "./post-list";

type Props = { locale: Locale; route: TermRoute };

/** One page of the posts sharing a tag or a category. */
export async function TermView({ locale, route }: Props) {
  const kind: TermKind = route.kind === "tag" ? "tags" : "categories";
  const site = siteRoutes();
  const posts = site.listed(locale, route)!;
  const { title, description } = await termText(kind, locale, route.name);
  const messages = await getTranslations("Site");
  const header = await getTranslations("SiteHeader");
  const tags = await getTranslations("TagPage");
  const categories = await getTranslations("CategoryPage");
  const feeds = await termFeeds(kind, locale, route.name);
  const crumbs = [{ name: messages("name"), path: paths.home(locale) }];
  if (kind === "tags") crumbs.push({ name: header("tags"), path: paths.tags(locale) });
  crumbs.push({ name: title, path: pathOf(locale, termPage(kind, route.name)) });
  return (
    <>
      <JsonLd data={breadcrumbList(crumbs)} />
      <SiteHeader locale={locale} alternate={site.alternateOf(locale, route)} />
      <main id="content" className="mx-auto w-full max-w-3xl flex-1 px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
        <p className="mt-2 text-muted">{description}</p>
        {/* A plain link to the feed file: feed readers and browsers' extensions take it from here. */}
        <p className="mt-3 text-sm">
          <a href={feeds.rss} type="application/rss+xml" className="text-accent hover:underline" data-follow-topic>
            {kind === "tags" ? tags("follow") : categories("follow")} (RSS)
          </a>
        </p>
        {kind === "tags" && (
          <p className="mt-4 text-sm">
            <Link href={paths.tags(locale)} className="text-accent hover:underline">
              ← {tags("allTags")}
            </Link>
          </p>
        )}
        <div className="mt-8">
          <PostList posts={pageOf(posts, route.page ?? 1)} />
        </div>
        <Pagination locale={locale} route={route} pages={pageCount(posts.length)} />
      </main>
    </>
  );
}
