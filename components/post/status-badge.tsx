import { useTranslations } from "next-intl";
import type { Post } from "@/lib/content";

/** Drafts and scheduled posts only ever reach a page in development or draft mode. */
export function StatusBadge({ post }: { post: Post }) {
  const t = useTranslations("Status");
  if (post.status === "published") return null;
  return (
    <span className="rounded bg-amber-200 px-2 py-0.5 text-xs font-bold text-amber-950">
      {post.status === "draft" ? t("draft") : t("scheduled")}
    </span>
  );
}
