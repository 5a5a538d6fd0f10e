// Next.js's own cache for `next start` (its FileSystemCache), less one thing:
// a route handler's error answer is not kept. The image routes render names
// they have not prerendered on request (a post's share image, drawn on first
// request; an image edited under `next dev`), and Next.js keeps whatever the
// handler answers, a 404 included: every distinct made-up
// `/media/<x>.png` or `/zh/posts/<x>/og.png` wrote two files under
// .next/server, without limit. Here such an answer is sent and forgotten.
// Plain CommonJS: `next start` loads it by path (next.config.ts cacheHandler),
// only when this release's cache is what it expects (lib/cache-handler-path.ts).
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- loaded by `next start` as plain CommonJS */

const NEXT_CACHE = "next/dist/server/lib/incremental-cache/file-system-cache.js";

/** The release's file-system cache class, or null when it is not where or what this wrapper expects. */
function loadNextCache(specifier = NEXT_CACHE) {
  let mod;
  try {
    mod = require(specifier);
  } catch {
    return null;
  }
  const Base = mod && (mod.default ?? mod);
  const usable = typeof Base === "function" && ["get", "set"].every((method) => typeof Base.prototype[method] === "function");
  return usable ? Base : null;
}

/** `Base` whose `set` drops route answers with an error status (4xx, 5xx). */
function withoutErrorAnswers(Base) {
  return class KeepNoErrorAnswers extends Base {
    async set(key, data, ctx) {
      if (data && data.kind === "APP_ROUTE" && typeof data.status === "number" && data.status >= 400) return;
      return super.set(key, data, ctx);
    }
  };
}

const NextCache = loadNextCache();
module.exports = NextCache ? withoutErrorAnswers(NextCache) : null;
module.exports = Object.assign(module.exports ?? {}, { loadNextCache, withoutErrorAnswers, wrapsNextCache: NextCache !== null });
