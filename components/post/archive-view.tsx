import { useTranslations } from "next-intl";
import { Link } from "@/components/layout/link";
import type { Locale } from "@/i18n/routing";
import type { Post } from "@/lib/content";
import type { ArchiveYear } from "@/lib/routes";
import { paths } from "@/lib/site";
import { IssueNumber } from "./issue-number";
import { PostDate } from "./post-date";

/** Every year with its count; the archive's table of contents. */
export function ArchiveYears({ locale, years }: { locale: Locale; years: ArchiveYear[] }) {
  const t = useTranslations("ArchivePage");
  return (
    <nav aria-label={t("years")} className="mt-6">
      <ul className="flex flex-wrap gap-2">
        {years.map(({ year, count }) => (
          <li key={year}>
            <Link href={paths.archiveYear(locale, year)} className="year-pill">
              {year}
              <span>{t("count", { count })}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * A year page's way on: the next newer and older years and the list of all
 * years. Not every year, so the page stays the same size however many years
 * the archive grows to.
 */
export function ArchiveYearPager({ locale, years, current }: { locale: Locale; years: ArchiveYear[]; current: string }) {
  const t = useTranslations("ArchivePage");
  const at = years.findIndex((y) => y.year === current);
  const newer = at > 0 ? years[at - 1]?.year : undefined;
  const older = at >= 0 ? years[at + 1]?.year : undefined;
  return (
    <nav aria-label={t("years")} className="mt-6">
      <ul className="flex flex-wrap gap-2">
        {newer && (
          <li>
            <Link href={paths.archiveYear(locale, newer)} rel="prev" className="year-pill">
              <span aria-hidden="true">←</span>
              <span className="sr-only">{t("newerYear")}</span> {newer}
            </Link>
          </li>
        )}
        <li>
          <Link href={paths.archive(locale)} className="year-pill">
            {t("allYears")}
          </Link>
        </li>
        {older && (
          <li>
            <Link href={paths.archiveYear(locale, older)} rel="next" className="year-pill">
              <span className="sr-only">{t("olderYear")}</span> {older} <span aria-hidden="true">→</span>
            </Link>
          </li>
        )}
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
          <Link href={paths.post(post.locale, post.slug)}>
            {post.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
