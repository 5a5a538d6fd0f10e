import { hasLocale } from "next-intl";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { DraftPicker } from "@/components/inbox/draft-picker";
import { StoryCard } from "@/components/inbox/story-card";
import { SiteHeader } from "@/components/layout/site-header";
import { routing } from "@/i18n/routing";
import { getPosts, isDevelopment } from "@/lib/content";
import { readInbox } from "@/lib/editor/inbox";
import { siteRoutes } from "@/lib/routes";
import { addToDraftAction } from "./actions";

export const metadata = { robots: { index: false, follow: false } };

/** Development only: a production build renders this route as a 404. */
export default async function InboxPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale) || !isDevelopment()) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("InboxPage");
  const f = await getFormatter();
  const error = (await searchParams).error;
  const inbox = readInbox(locale);
  const drafts = getPosts(locale).filter((p) => p.status !== "published").map((p) => ({ slug: p.slug, title: p.title }));
  return (
    <>
      <SiteHeader locale={locale} alternate={siteRoutes().alternateOf(locale, { kind: "inbox" })} />
      <main id="content" className="mx-auto w-full max-w-3xl flex-1 px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-2 text-muted">{t("description")}</p>
        {inbox.gatheredAt && <p className="mt-1 text-sm text-muted">{t("gathered", { date: f.dateTime(new Date(inbox.gatheredAt), "long"), since: inbox.since ?? "" })}</p>}
        {typeof error === "string" && (
          <p role="alert" className="mt-4 rounded border border-red-700 p-3 text-red-700 dark:text-red-300">
            {t("error", { reason: error })}
          </p>
        )}
        {inbox.stories.length === 0 ? (
          <p className="mt-8">{t("empty")}</p>
        ) : (
          <form action={addToDraftAction} className="mt-8">
            <input type="hidden" name="locale" value={locale} />
            <fieldset>
              <legend className="text-xl font-bold">{t("stories", { count: inbox.stories.length })}</legend>
              <ul>
                {inbox.stories.map((story, i) => (
                  <StoryCard key={story.key} story={story} index={i} />
                ))}
              </ul>
            </fieldset>
            <DraftPicker drafts={drafts} />
          </form>
        )}
      </main>
    </>
  );
}
