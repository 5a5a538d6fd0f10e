import { routing, type Locale } from "@/i18n/routing";

/** Posts per list page; DIGEST_PAGE_SIZE changes it (the e2e site uses a small one). */
export const PAGE_SIZE = Math.max(1, Number(process.env.DIGEST_PAGE_SIZE) || 10);

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

export function pageOf<T>(items: T[], page: number): T[] {
  return items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
}

/** Params for pages 2..n; page 1 lives at the list's own URL. */
export function laterPages(total: number): { page: string }[] {
  return Array.from({ length: pageCount(total) - 1 }, (_, i) => ({ page: String(i + 2) }));
}

/**
 * The params of a paginated list's later pages in every language, `locale`
 * included. Next.js prerenders none of a route's pages when its
 * generateStaticParams returns [] for one parent (vercel/next.js#95166): a
 * language whose list fits on one page would take the other's page 2 down with
 * it. So every call returns them all; Next.js merges each over the parent's
 * params and keeps every distinct route once.
 */
export function laterPagesInEveryLocale<P extends Record<string, string>>(lists: (locale: Locale) => { params: P; total: number }[]) {
  return routing.locales.flatMap((locale) =>
    lists(locale).flatMap(({ params, total }) => laterPages(total).map(({ page }) => ({ ...params, locale, page }))),
  );
}

/** A page number from the URL, or null when it is not a canonical page ≥ 2. */
export function parsePage(value: string, total: number): number | null {
  if (!/^[1-9]\d*$/.test(value)) return null;
  const n = Number(value);
  return n >= 2 && n <= pageCount(total) ? n : null;
}

export function pagePath(base: string, page: number): string {
  return page <= 1 ? base : `${base}/page/${page}`;
}
