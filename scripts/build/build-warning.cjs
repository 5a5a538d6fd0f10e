// One warning per build step that finds Next.js's output other than it
// expects and so leaves it as Next.js made it. The steps that patch Next.js or
// rewrite its output (no-segment-prefetch, csp-at-write, after-paint,
// one-flight-script, csp, compile-hints) run in many processes at once (static generation's workers);
// `npm run build` (scripts/build/build.mjs) gives them a folder in
// DIGEST_BUILD_WARNINGS, where each step's first warning is kept, and prints
// each once at the end. Elsewhere (tests, a step run alone) it goes to stderr.
// CommonJS, so that NODE_OPTIONS=--require reaches Next.js's build workers.
/* eslint-disable @typescript-eslint/no-require-imports */
const { writeFileSync } = require("node:fs");
const path = require("node:path");

const warned = new Set();

/** Warns that `step` left Next.js's output as it was, and why; once per step and process (once per build under npm run build). */
function warnStep(step, message) {
  if (warned.has(step)) return;
  warned.add(step);
  // Read here, not in lib/env.ts: build workers run this before any TypeScript loader.
  const dir = process.env.DIGEST_BUILD_WARNINGS;
  if (dir) {
    try {
      writeFileSync(path.join(dir, `${step}.txt`), message, { flag: "wx" });
      return;
    } catch (error) {
      if (error && error.code === "EEXIST") return;
    }
  }
  console.warn(`warning: ${step}: ${message}`);
}

module.exports = { warnStep };
