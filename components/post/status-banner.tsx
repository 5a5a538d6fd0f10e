import { useFormatter, useTranslations } from "next-intl";
import { isDevelopment, type Post } from "@/lib/content";
import { wallClock } from "@/lib/content/dates";
import { editionPath } from "@/lib/edition/urls";

export function StatusBanner({ post }: { post: Post }) {
  const t = useTranslations("Status");
  const edition = useTranslations("EditionPreview");
  const f = useFormatter();
  if (post.status === "published") return null;
  const text =
    post.status === "draft"
      ? t("draftBanner")
      : t("scheduledBanner", { date: f.dateTime(wallClock(post.date), { dateStyle: "long", timeStyle: post.date.hasTime ? "short" : undefined, timeZone: "UTC" }) });
  return (
    <p role="status" className="mb-6 rounded-xl border-2 border-amber-500 bg-amber-100 px-4 py-3 font-bold text-amber-950">
      {text}
      {/* The edition preview exists in npm run dev only, not in draft mode on a deployed site. */}
      {isDevelopment() && (
        <>
          {" "}
          <a href={editionPath(post.locale, post.slug)} className="underline">
            {edition("link")}
          </a>
        </>
      )}
    </p>
  );
}
