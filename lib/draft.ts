import { timingSafeEqual } from "node:crypto";
import { env } from "./env";

/** The preview secret; when DRAFT_SECRET is unset, draft mode cannot be enabled at all. */
export const draftSecret = () => env.draftSecret();

export function secretMatches(given: string | null, secret: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Only a path on this site: starts with one slash, not `//host` or `/\host`,
 * and resolves to the same origin.
 */
export function safeRedirectPath(path: string | null, origin: string): string | null {
  if (!path || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return null;
  try {
    const url = new URL(path, origin);
    return url.origin === origin ? `${url.pathname}${url.search}${url.hash}` : null;
  } catch {
    return null;
  }
}
