import { useTranslations } from "next-intl";
import { Link } from "@/components/layout/link";
import type { Locale } from "@/i18n/routing";
import { pageNumber, pathOf, type Route } from "@/lib/routes";

type Paged = Extract<Route, { page?: number }>;
type Props = { locale: Locale; route: Paged; pages: number };

export function Pagination({ locale, route, pages }: Props) {
  const t = useTranslations("Pagination");
  const page = pageNumber(route);
  if (pages <= 1) return null;
  const to = (n: number) => pathOf(locale, { ...route, page: n });
  const link = "rounded-full border border-line px-4 py-1.5 font-normal hover:border-accent hover:text-accent";
  return (
    <nav aria-label={t("label")} className="mt-10 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <Link href={to(page - 1)} rel="prev" className={link}>
          ← {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted" aria-current="page">
        {t("page", { page, pages })}
      </span>
      {page < pages ? (
        <Link href={to(page + 1)} rel="next" className={link}>
          {t("next")} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
