// Preloaded into `next build --experimental-build-mode generate` and its
// workers (scripts/build/build.mjs): each prerendered page gets its
// Content-Security-Policy <meta> (scripts/build/csp.cjs) in the build worker that
// rendered it, as Next.js hands the page to its file writer, instead of a
// later step reading all of them back from disk and writing them again
// (3,200 pages for 1,000 bilingual posts: 5-6 s beside the search index).
// scripts/build/csp-hashes.mjs still checks every page after the build. Before its
// policy is worked out, each page's script chunks are set to load after the
// first paint (scripts/build/after-paint.cjs), so the policy hashes that loader.
// CommonJS, so that NODE_OPTIONS=--require reaches Next.js's workers.
/* eslint-disable @typescript-eslint/no-require-imports */
const path = require("node:path");
const { warnStep } = require("./build-warning.cjs");
const { servedPage } = require("./csp.cjs");

const page = new RegExp(`\\${path.sep}server\\${path.sep}app\\${path.sep}.*\\.html$`);

/**
 * Wraps the file writer's `append(filePath, data)` so that pages get their
 * policy. A release without that writer is left alone, with a warning: the
 * build's later step (scripts/build/csp-hashes.mjs) adds every policy then.
 */
function addPolicyOnAppend(Writer) {
  const append = Writer?.prototype?.append;
  if (typeof append !== "function") {
    warnStep("csp-at-write", "Next.js's MultiFileWriter has no append(filePath, data) any more; the policies are added after static generation instead (slower): check how it writes prerendered pages.");
    return;
  }
  Writer.prototype.append = function (filePath, data) {
    if (page.test(filePath) && (typeof data === "string" || Buffer.isBuffer(data))) {
      const html = servedPage(String(data));
      if (html !== null) return append.call(this, filePath, html);
    }
    return append.call(this, filePath, data);
  };
}

/** This release's file writer, or undefined where it is not. */
function nextWriter() {
  try {
    return require("next/dist/lib/multi-file-writer").MultiFileWriter;
  } catch {
    return undefined;
  }
}

addPolicyOnAppend(nextWriter());

module.exports = { addPolicyOnAppend };
