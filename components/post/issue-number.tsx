import { useTranslations } from "next-intl";

/** 第 N 期 / Issue N, or nothing for a post without a number. */
export function IssueNumber({ issue, className }: { issue?: number; className?: string }) {
  const t = useTranslations("Issue");
  if (issue === undefined) return null;
  return <span className={className} data-issue={issue}>{t("number", { n: issue })}</span>;
}
