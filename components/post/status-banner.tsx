import { useFormatter, useTranslations } from "next-intl";
import type { Post } from "@/lib/content";
import { wallClock } from "@/lib/content/dates";

export function StatusBanner({ post }: { post: Post }) {
  const t = useTranslations("Status");
  const f = useFormatter();
  if (post.status === "published") return null;
  const text =
    post.status === "draft"
      ? t("draftBanner")
      : t("scheduledBanner", { date: f.dateTime(wallClock(post.date), { dateStyle: "long", timeStyle: post.date.hasTime ? "short" : undefined, timeZone: "UTC" }) });
  return (
    <p role="status" className="mb-6 rounded-xl border-2 border-amber-500 bg-amber-100 px-4 py-3 font-semibold text-amber-950">
      {text}
    </p>
  );
}
