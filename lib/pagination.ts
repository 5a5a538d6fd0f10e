import { env } from "./env";

/** Posts per list page (DIGEST_PAGE_SIZE; the e2e site uses a small one). */
export const pageSize = () => env.pageSize();

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / pageSize()));
}

export function pageOf<T>(items: T[], page: number): T[] {
  return items.slice((page - 1) * pageSize(), page * pageSize());
}

/** A page number from the URL, or null when it is not a canonical page ≥ 2. */
export function parsePage(value: string, total: number): number | null {
  if (!/^[1-9]\d*$/.test(value)) return null;
  const n = Number(value);
  return n >= 2 && n <= pageCount(total) ? n : null;
}
