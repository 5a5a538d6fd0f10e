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
 * Only a path on this site. The check is on the path as a browser resolves
 * it, not as written: `/.//host`, `/%2e//host` and `/x/..//host` start with
 * one slash but resolve to `//host`, which a browser reads as another host.
 * Returns the resolved path (with its query and fragment), or null.
 */
export function safeRedirectPath(path: string | null, origin: string): string | null {
  if (!path || !path.startsWith("/")) return null;
  let url: URL;
  try {
    url = new URL(path, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  const resolved = `${url.pathname}${url.search}${url.hash}`;
  // A Location of `//host` or `/\host` (the parser turns `\` into `/`) leaves the site.
  return resolved.startsWith("/") && !/^\/[/\\]/.test(resolved) ? resolved : null;
}
