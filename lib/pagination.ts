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

/** A page number from the URL, or null when it is not a canonical page ≥ 2. */
export function parsePage(value: string, total: number): number | null {
  if (!/^[1-9]\d*$/.test(value)) return null;
  const n = Number(value);
  return n >= 2 && n <= pageCount(total) ? n : null;
}

export function pagePath(base: string, page: number): string {
  return page <= 1 ? base : `${base}/page/${page}`;
}
