// The per-page Content-Security-Policy <meta>: it allows exactly the inline
// scripts a prerendered page contains (by SHA-256), plus same-origin script
// files. Data blocks such as JSON-LD are not scripts and need no hash.
// Shared by the build's static generation (scripts/build/csp-at-write.cjs), which
// adds it to each page as Next.js writes it, and scripts/build/csp-hashes.mjs,
// which adds it to any page written another way.
// CommonJS, so that NODE_OPTIONS=--require reaches Next.js's build workers.
/* eslint-disable @typescript-eslint/no-require-imports */
const { createHash } = require("node:crypto");
const { scriptsAfterPaint } = require("./after-paint.cjs");
const { oneFlightScript } = require("./one-flight-script.cjs");
const { warnStep } = require("./build-warning.cjs");

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const DATA_TYPE = /\btype=["']?(?!text\/javascript|module|application\/javascript)[^"'\s>]+/i;
const MARK = 'http-equiv="Content-Security-Policy"';

/** The policy for a page's HTML. */
function policyFor(html) {
  const hashes = new Set();
  for (const [, attrs, body] of html.matchAll(SCRIPT)) {
    if (/\bsrc=/i.test(attrs) || DATA_TYPE.test(attrs) || body.length === 0) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return `script-src 'self' 'wasm-unsafe-eval' ${[...hashes].join(" ")}; object-src 'none'; base-uri 'self'`.replace(/\s+;/g, ";");
}

/** Whether the page has its policy <meta>. */
const hasPolicy = (html) => html.includes(MARK);

/**
 * The page with its policy <meta>, or null if it has one already, has no
 * <head>, or holds a script tag the pattern above does not read (a release
 * that writes them another way): a policy that missed one of its inline
 * scripts would stop the page. Such a page keeps the site-wide header policy
 * only, with a warning.
 */
function withPolicy(html) {
  if (hasPolicy(html)) return null;
  const tags = html.match(/<script\b/gi)?.length ?? 0;
  const read = [...html.matchAll(SCRIPT)].length;
  if (tags !== read) {
    warnStep("csp", `a page has ${tags} <script> tags of which ${read} could be read, so it is left without its hashed policy (the header policy still applies): check how Next.js writes inline scripts.`);
    return null;
  }
  const meta = `<meta ${MARK} content="${policyFor(html)}"/>`;
  // After the charset declaration, which must stay within the first 1024 bytes.
  const charset = /<meta charSet="utf-8"\/>/i.exec(html);
  const at = charset ? charset.index + charset[0].length : html.indexOf("<head>") + "<head>".length;
  if (at < "<head>".length) {
    warnStep("csp", "a page has no <head>, so it is left without its hashed policy (the header policy still applies).");
    return null;
  }
  return html.slice(0, at) + meta + html.slice(at);
}

/**
 * A prerendered page as it is served: its chunks after the first paint
 * (scripts/build/after-paint.cjs), its RSC payload in one script
 * (scripts/build/one-flight-script.cjs), then its policy; null as withPolicy.
 */
const servedPage = (html) => withPolicy(oneFlightScript(scriptsAfterPaint(html)));

module.exports = { hasPolicy, policyFor, servedPage, withPolicy };
