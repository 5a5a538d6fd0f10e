import { createRequire } from "node:module";
import path from "node:path";

let warned = false;

/**
 * next.config.ts `cacheHandler`: lib/cache-handler.cjs when it can wrap this
 * Next.js release's own cache, else undefined (Next.js's own cache, which
 * keeps 404 answers of the image routes) with one warning.
 */
export function cacheHandlerPath(): string | undefined {
  const file = path.join(process.cwd(), "lib", "cache-handler.cjs");
  const handler = createRequire(file)(file) as { wrapsNextCache: boolean };
  if (handler.wrapsNextCache) return file;
  if (!warned) {
    warned = true;
    console.warn(
      "warning: lib/cache-handler.cjs: this Next.js release has no FileSystemCache where it expects one; using Next.js's own cache, which keeps a file for every unknown /media or og.png name asked for",
    );
  }
  return undefined;
}
