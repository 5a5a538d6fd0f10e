// Preloaded into `next build --experimental-build-mode generate` and its
// workers (scripts/build/build.mjs): static generation without per-segment prefetch
// responses.
//
// For every page it prerenders, Next.js 16 decodes the page's whole RSC
// payload again and re-encodes it as one prefetch response per route segment
// (`.segments/**/*.segment.rsc`, ~8.5 files a page, 27,389 for 1,000
// bilingual posts). Only a prefetching <Link> asks for those files, and this
// site's links never prefetch (components/layout/link.tsx,
// e2e/no-prefetch.spec.ts): a click fetches the page's one `.rsc` payload,
// which is still written. In a 1,000-post build the segments took half of
// static generation (42 s -> 21.6 s without them, same machine and cache; CPU
// 86 s -> 56 s). Next.js has no setting for it, so this preload changes the
// one statement in its app-page runtime that collects them,
// `<metadata>.segmentData = await <module>.collectSegmentData(...)`, to leave
// `segmentData` undefined, as Next.js itself does for a page it does not
// prerender. Next.js then writes no segment files and lists no segment routes
// (its build and the Vercel adapter skip both when there is no data).
//
// If an upgrade of Next.js changes that statement, the runtime is left as it
// is (Next.js writes the segment files again: a slower build, the same site)
// and the build prints one warning naming this step.
// A CommonJS file, so that NODE_OPTIONS=--require reaches Next.js's workers.
/* eslint-disable @typescript-eslint/no-require-imports */
const { readFileSync } = require("node:fs");
const Module = require("node:module");
const { warnStep } = require("./build-warning.cjs");

const runtime = /[\\/]next[\\/]dist[\\/]compiled[\\/]next-server[\\/]app-page(-turbo)?(-experimental)?\.runtime\.prod\.js$/;
const statement = /([\w$]+\.segmentData=)(await [\w$]+\.collectSegmentData\()/g;

/** The runtime's source with segment collection short-circuited; unchanged (with a warning) unless the statement occurs exactly once. */
function withoutSegmentPrefetch(source, filename) {
  const found = source.match(statement)?.length ?? 0;
  if (found !== 1) {
    warnStep(
      "no-segment-prefetch",
      `expected one "segmentData=await ….collectSegmentData(" in ${filename}, found ${found}: Next.js changed how it collects segment prefetch data, ` +
        "so static generation writes the segment files as Next.js does (slower); check whether scripts/build/no-segment-prefetch.cjs is still needed.",
    );
    return source;
  }
  // `void 0&&await f(…)` is undefined and never calls f.
  return source.replace(statement, "$1void 0&&$2");
}

const load = Module._extensions[".js"];
Module._extensions[".js"] = function (module, filename) {
  if (!runtime.test(filename)) return load(module, filename);
  module._compile(withoutSegmentPrefetch(readFileSync(filename, "utf8"), filename), filename);
};

module.exports = { withoutSegmentPrefetch };
