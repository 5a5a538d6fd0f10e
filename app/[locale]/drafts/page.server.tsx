import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { SiteHeader } from "@/components/layout/site-header";
import { PostList } from "@/components/post/post-list";
import { routing } from "@/i18n/routing";
import { siteRoutes } from "@/lib/routes";
import { getPosts, isDevelopment } from "@/lib/content";
import { editionPath } from "@/lib/edition/urls";

export const metadata = { robots: { index: false, follow: false } };

/** Development only: a production build renders this route as a 404. */
export default async function DraftsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale) || !isDevelopment()) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("DraftsPage");
  const edition = await getTranslations("EditionPreview");
  const posts = getPosts(locale).filter((p) => p.status !== "published");
  return (
    <>
      <SiteHeader locale={locale} alternate={siteRoutes().alternateOf(locale, { kind: "drafts" })} />
      <main id="content" className="mx-auto w-full max-w-3xl flex-1 px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-2 text-muted">{t("description")}</p>
        <div className="mt-8">{posts.length > 0 ? <PostList posts={posts} /> : <p>{t("empty")}</p>}</div>
        {posts.length > 0 && (
          <section aria-labelledby="editions" className="mt-10">
            <h2 id="editions" className="text-xl font-bold">
              {edition("draftsHeading")}
            </h2>
            {/* The link text leaves the title out: the title already names the post's own link above. */}
            <ul className="mt-3 list-disc space-y-1 pl-5">
              {posts.map((p) => (
                <li key={p.slug}>
                  {p.title} ·{" "}
                  <a href={editionPath(locale, p.slug)} className="text-accent underline">
                    {edition("link")}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </>
  );
}
