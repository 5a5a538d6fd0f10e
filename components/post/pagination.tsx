import { useTranslations } from "next-intl";
import Link from "next/link";
import { pagePath } from "@/lib/pagination";

type Props = { base: string; page: number; pages: number };

export function Pagination({ base, page, pages }: Props) {
  const t = useTranslations("Pagination");
  if (pages <= 1) return null;
  const link = "rounded-full border border-line px-4 py-1.5 font-medium hover:border-accent hover:text-accent";
  return (
    <nav aria-label={t("label")} className="mt-10 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <Link href={pagePath(base, page - 1)} rel="prev" className={link}>
          ← {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted" aria-current="page">
        {t("page", { page, pages })}
      </span>
      {page < pages ? (
        <Link href={pagePath(base, page + 1)} rel="next" className={link}>
          {t("next")} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
