import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { SiteHeader } from "@/components/layout/site-header";
import { PostList } from "@/components/post/post-list";
import { routing } from "@/i18n/routing";
import { sameRoute } from "@/lib/alternates";
import { getPosts } from "@/lib/content";

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("HomePage");
  const site = await getTranslations("Site");
  const posts = getPosts(locale);
  return (
    <>
      <SiteHeader locale={locale} alternate={sameRoute(locale)} />
      <main id="content" className="mx-auto w-full max-w-3xl flex-1 px-4 py-10 sm:px-6">
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">{site("name")}</p>
        <h1 className="mt-1 text-3xl font-extrabold tracking-tight sm:text-4xl">{t("title")}</h1>
        <p className="mt-2 text-muted">{site("tagline")}</p>
        <div className="mt-8">{posts.length > 0 ? <PostList posts={posts} /> : <p>{t("empty")}</p>}</div>
      </main>
    </>
  );
}
