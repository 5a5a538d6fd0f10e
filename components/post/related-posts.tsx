import { useTranslations } from "next-intl";
import { Link } from "@/components/layout/link";
import type { Post } from "@/lib/content";
import { paths } from "@/lib/site";
import { IssueNumber } from "./issue-number";
import { PostDate } from "./post-date";

/** Earlier or later issues on the same topics (lib/content/related.ts); nothing when none shares a tag. */
export function RelatedPosts({ posts }: { posts: Post[] }) {
  const t = useTranslations("Related");
  if (posts.length === 0) return null;
  return (
    <section data-related aria-labelledby="related-title" className="mt-12">
      <h2 id="related-title" className="text-lg font-bold">
        {t("title")}
      </h2>
      <ul className="mt-4 grid gap-3">
        {posts.map((post) => (
          <li key={post.slug} className="rounded-xl border border-line bg-card p-4">
            <Link href={paths.post(post.locale, post.slug)} className="font-bold hover:text-accent">
              {post.title}
            </Link>
            <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-muted">
              <IssueNumber issue={post.issue} />
              <PostDate date={post.date} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
