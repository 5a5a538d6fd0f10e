import { useTranslations } from "next-intl";
import { Link } from "@/components/layout/link";
import { paths } from "@/lib/site";
import type { Post } from "@/lib/content";

type Props = { newer?: Post; older?: Post };

export function PostNav({ newer, older }: Props) {
  const t = useTranslations("PostNav");
  if (!newer && !older) return null;
  const cell = (post: Post | undefined, label: string, align: string) =>
    post ? (
      <Link href={paths.post(post.locale, post.slug)} rel={align === "text-left" ? "prev" : "next"} className={`block rounded-xl border border-line bg-card p-4 hover:border-accent ${align}`}>
        <span className="block text-xs font-bold uppercase tracking-wide text-muted">{label}</span>
        <span className="mt-1 block font-bold">{post.title}</span>
      </Link>
    ) : (
      <span />
    );
  return (
    <nav data-post-nav aria-label={t("label")} className="mt-12 grid gap-4 sm:grid-cols-2">
      {cell(older, t("older"), "text-left")}
      {cell(newer, t("newer"), "sm:text-right")}
    </nav>
  );
}
