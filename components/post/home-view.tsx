import { getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/layout/site-header";
import { JsonLd } from "@/components/seo/json-ld";
import type { Locale } from "@/i18n/routing";
import { getPosts } from "@/lib/content";
import { pageCount, pageOf } from "@/lib/pagination";
import { siteRoutes } from "@/lib/routes";
import { webSite } from "@/lib/structured-data";
import type { ReactNode } from "react";
import { SubscribeLink } from "@/components/follow/subscribe-link";
import { Pagination } from "./pagination";
import { PostList } from "./post-list";

/**
 * The latest issues, one page of them. `signup` is the first page's email
 * form, passed in by that page alone so that the later pages' route does
 * not import the form's client component.
 */
export async function HomeView({ locale, page, signup }: { locale: Locale; page: number; signup?: ReactNode }) {
  const t = await getTranslations("HomePage");
  const site = await getTranslations("Site");
  const pager = await getTranslations("Pagination");
  const all = getPosts(locale);
  const pages = pageCount(all.length);
  return (
    <>
      {page === 1 && <JsonLd data={webSite(locale, site("name"), site("description"))} />}
      <SiteHeader locale={locale} alternate={siteRoutes().alternateOf(locale, { kind: "home", page })} />
      <main id="content" className="mx-auto w-full max-w-3xl flex-1 px-4 py-10 sm:px-6">
        <p className="text-sm font-bold tracking-wide text-accent uppercase">{site("name")}</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">
          {t("title")}
          {page > 1 && <span className="text-muted"> · {pager("pageTitle", { page })}</span>}
        </h1>
        <p className="mt-2 text-muted">{site("tagline")}</p>
        <div className="mt-8">{all.length > 0 ? <PostList posts={pageOf(all, page)} /> : <p>{t("empty")}</p>}</div>
        <Pagination locale={locale} route={{ kind: "home", page }} pages={pages} />
        {signup}
        <SubscribeLink locale={locale} />
      </main>
    </>
  );
}
