import { useTranslations } from "next-intl";
import Link from "next/link";
import type { Locale } from "@/i18n/routing";
import type { ArchiveYear, Post } from "@/lib/content";
import { paths } from "@/lib/site";
import { IssueNumber } from "./issue-number";
import { PostDate } from "./post-date";

/** Every year with its count; the archive's table of contents. */
export function ArchiveYears({ locale, years, current }: { locale: Locale; years: ArchiveYear[]; current?: string }) {
  const t = useTranslations("ArchivePage");
  return (
    <nav aria-label={t("years")} className="mt-6">
      <ul className="flex flex-wrap gap-2">
        {years.map(({ year, count }) => (
          <li key={year}>
            <Link href={paths.archiveYear(locale, year)} aria-current={year === current ? "page" : undefined} prefetch={false} className="year-pill">
              {year}
              <span>{t("count", { count })}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** One year's issues, newest first: date, issue number, title. */
export function ArchiveYearList({ posts }: { posts: Post[] }) {
  return (
    <ul className="mt-4 space-y-3">
      {posts.map((post) => (
        <li key={post.slug} className="archive-entry">
          <span>
            <PostDate date={post.date} format="monthDay" />
            <IssueNumber issue={post.issue} />
          </span>
          <Link href={paths.post(post.locale, post.slug)} prefetch={false}>
            {post.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
