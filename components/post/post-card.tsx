import { useTranslations } from "next-intl";
import { Link } from "@/components/layout/link";
import { paths } from "@/lib/site";
import type { Post } from "@/lib/content";
import { IssueNumber } from "./issue-number";
import { PostDate } from "./post-date";
import { StatusBadge } from "./status-badge";
import { TermLinks } from "./term-links";

export function PostCard({ post, headingLevel = 2 }: { post: Post; headingLevel?: 2 | 3 }) {
  const t = useTranslations("PostCard");
  const tags = useTranslations("PostHeader");
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="relative rounded-2xl border border-line bg-card p-5 shadow-sm transition hover:border-accent sm:p-6">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
        {post.issue !== undefined && (
          <>
            <IssueNumber issue={post.issue} className="font-bold text-accent" />
            <span aria-hidden="true">·</span>
          </>
        )}
        <PostDate date={post.date} />
        <span aria-hidden="true">·</span>
        <span>{t("newsCount", { count: post.newsCount })}</span>
        <span aria-hidden="true">·</span>
        <span>{t("readingTime", { minutes: post.readingMinutes })}</span>
        <StatusBadge post={post} />
      </div>
      <Heading className="mt-2 text-xl leading-snug font-bold sm:text-2xl">
        <Link href={paths.post(post.locale, post.slug)} className="hover:text-accent">
          {post.title}
        </Link>
      </Heading>
      {post.description && <p className="mt-3 line-clamp-3 text-muted">{post.description}</p>}
      <div className="mt-4">
        <TermLinks locale={post.locale} kind="tags" names={post.tags} label={tags("tags")} />
      </div>
    </article>
  );
}
