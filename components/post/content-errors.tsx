import { useTranslations } from "next-intl";
import type { ContentIssue } from "@/lib/content";
import { formatIssue } from "@/lib/content/issues";

/** In development a broken post shows what to fix instead of crashing the site. */
export function ContentErrors({ issues }: { issues: ContentIssue[] }) {
  const t = useTranslations("Status");
  const errors = issues.filter((i) => i.severity === "error");
  if (errors.length === 0) return null;
  return (
    <section role="alert" className="my-6 rounded-xl border-2 border-red-600 bg-red-50 p-4 text-red-950">
      <h2 className="font-bold">{t("errorsTitle")}</h2>
      <p className="mt-1 text-sm">{t("errorsHelp")}</p>
      <pre className="mt-3 overflow-x-auto text-sm whitespace-pre-wrap">{errors.map(formatIssue).join("\n")}</pre>
    </section>
  );
}
