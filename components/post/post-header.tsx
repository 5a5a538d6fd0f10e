import { useTranslations } from "next-intl";
import { formatDate } from "@/i18n/format-date";
import type { Post } from "@/lib/content";
import { wallClock } from "@/lib/content/dates";
import { IssueNumber } from "./issue-number";
import { PostDate } from "./post-date";
import { TermLinks } from "./term-links";

export function PostHeader({ post }: { post: Post }) {
  const t = useTranslations("PostHeader");
  return (
    <header className="border-b border-line pb-6">
      {/* Terms are search filters, not search text: kept out of excerpts (data-pagefind-ignore keeps filters). */}
      <div data-pagefind-ignore>
        <TermLinks locale={post.locale} kind="categories" names={post.categories} label={t("categories")} searchFilter />
      </div>
      <h1 className="mt-3 text-3xl leading-tight font-bold tracking-tight text-balance sm:text-4xl">{post.title}</h1>
      {/* Indexed for its date (data-pagefind-meta) but kept out of search excerpts. */}
      <div data-pagefind-ignore className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
        {post.issue !== undefined && (
          <>
            <IssueNumber issue={post.issue} className="font-bold text-accent" />
            <span aria-hidden="true">·</span>
          </>
        )}
        <span data-pagefind-meta="date">
          <PostDate date={post.date} />
        </span>
        {post.updated && (
          <>
            <span aria-hidden="true">·</span>
            <span>{t("updated", { date: formatDate(post.locale, wallClock(post.updated), "long") })}</span>
          </>
        )}
        {post.author && (
          <>
            <span aria-hidden="true">·</span>
            <span>{t("by", { author: post.author })}</span>
          </>
        )}
        <span aria-hidden="true">·</span>
        <span>{t("readingTime", { minutes: post.readingMinutes })}</span>
      </div>
      <div data-pagefind-ignore className="mt-4">
        <TermLinks locale={post.locale} kind="tags" names={post.tags} label={t("tags")} searchFilter />
      </div>
    </header>
  );
}
