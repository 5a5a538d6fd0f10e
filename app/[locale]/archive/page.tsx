import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SiteHeader } from "@/components/layout/site-header";
import { PostDate } from "@/components/post/post-date";
import { routing } from "@/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { paths } from "@/lib/site";
import { sameRoute } from "@/lib/alternates";
import { getPosts, type Post } from "@/lib/content";

export async function generateMetadata({ params }: PageProps<"/[locale]/archive">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "ArchivePage" });
  const site = await getTranslations({ locale, namespace: "Site" });
  return pageMetadata({ locale, path: paths.archive, title: t("title"), description: t("description"), siteName: site("name") });
}

export default async function ArchivePage({ params }: PageProps<"/[locale]/archive">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("ArchivePage");
  const years = new Map<string, Post[]>();
  for (const post of getPosts(locale)) {
    const year = post.date.wall.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), post]);
  }
  return (
    <>
      <SiteHeader locale={locale} alternate={sameRoute(locale, "/archive")} />
      <main id="content" className="mx-auto w-full max-w-3xl flex-1 px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-extrabold tracking-tight">{t("title")}</h1>
        <p className="mt-2 text-muted">{t("description")}</p>
        {[...years].map(([year, posts]) => (
          <section key={year} aria-labelledby={`year-${year}`} className="mt-10">
            <h2 id={`year-${year}`} className="flex items-baseline gap-3 border-b border-line pb-2 text-2xl font-bold">
              {year}
              <span className="text-sm font-normal text-muted">{t("count", { count: posts.length })}</span>
            </h2>
            <ul className="mt-4 space-y-3">
              {posts.map((post) => (
                <li key={post.slug} className="flex flex-col gap-x-4 sm:flex-row sm:items-baseline">
                  <span className="w-28 shrink-0 text-sm text-muted tabular-nums">
                    <PostDate date={post.date} format="monthDay" />
                  </span>
                  <Link href={`/${locale}/posts/${post.slug}`} className="font-medium hover:text-accent">
                    {post.title}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </main>
    </>
  );
}
