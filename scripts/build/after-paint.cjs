// The page first, then the code. Next.js writes its script chunks into every
// page as <script src async> in the head: on a phone they download beside the
// stylesheet and run (boot, hydration) as soon as they arrive, before the
// reader sees anything. Every page of the site is complete HTML without them
// (links are plain anchors until hydration), so static generation replaces
// those tags with one small inline script that adds the same chunks, in the
// same order (one per task) and still async, once the browser reports the
// first contentful paint (3 s at the latest, for a tab that is not
// painting). The client then boots exactly as before, only later: the theme
// toggle, search and client-side navigation start working after the page is
// on screen.
//
// Lighthouse (mobile, 5 interleaved runs of the seed post, same HTML with and
// without): LCP 2,239 -> 934 ms, TBT 272 -> 228 ms, performance 93 -> 96.
// Lantern charged every chunk that arrived and ran before the first paint to
// the paint, at the simulated 1.6 Mbps.
//
// Applied where each page gets its Content-Security-Policy (scripts/build/csp.cjs
// hashes the loader like any inline script). A page whose script tags do not
// have the expected form is left as Next.js wrote it, with one warning.
// CommonJS, so that NODE_OPTIONS=--require reaches Next.js's build workers.
/* eslint-disable @typescript-eslint/no-require-imports */
const { warnStep } = require("./build-warning.cjs");

const CHUNK = /<script src="(\/_next\/static\/[^"]+)" async=""><\/script>/g;
const PRELOAD = /<link rel="preload" as="script"[^>]*? href="(\/_next\/static\/[^"]+)"[^>]*\/>/g;
const ID = "scripts-after-paint";

const attribute = (value) => value.replace(/&amp;/g, "&");

/** The inline script that adds the chunks once the page has painted. */
function loader(urls) {
  return (
    `(function(){var l=${JSON.stringify(urls)},n=0;` +
    // One chunk per task: adding a script element costs the main thread
    // several milliseconds (the first one 6-16 ms in traces of the seed
    // post), and all of them in one go made an 11-43 ms task right after the
    // paint, which Lighthouse's 4x slower phone can count as blocking time.
    'function go(){if(n++)return;var i=0;(function add(){var s=document.createElement("script");s.src=l[i++];s.async=true;document.head.appendChild(s);if(i<l.length)setTimeout(add,0)})()}' +
    'try{if(PerformanceObserver.supportedEntryTypes.indexOf("paint")<0)throw 0;' +
    'new PerformanceObserver(function(e){if(e.getEntriesByName("first-contentful-paint").length)go()}).observe({type:"paint",buffered:true});' +
    "setTimeout(go,3000)}catch(e){go()}})()"
  );
}

/** The page with its chunks loaded after the first paint; unchanged if it has no chunk tags or was done already. */
function scriptsAfterPaint(html) {
  if (html.includes(`<script id="${ID}">`)) return html;
  const tags = [...html.matchAll(CHUNK)];
  // Every chunk the page loads must be in the form read here, or none is moved
  // (the legacy polyfill, a nomodule script modern browsers skip, stays as it is).
  const chunks = html.match(/<script\b(?![^>]*\bnoModule\b)[^>]*\bsrc="\/_next\/static\//gi)?.length ?? 0;
  if (chunks !== tags.length) {
    warnStep("after-paint", `a page loads ${chunks} script chunks of which ${tags.length} are in the form this step reads; its chunks load as Next.js wrote them: check how Next.js writes them.`);
    return html;
  }
  if (tags.length === 0) return html;
  const urls = tags.map((m) => attribute(m[1]));
  // A preload would start a chunk's download before the paint all the same.
  const withoutPreloads = (part) => part.replace(PRELOAD, (tag, href) => (urls.includes(attribute(href)) ? "" : tag));
  // The loader goes where the first chunk was (the head).
  const first = tags[0].index;
  const before = withoutPreloads(html.slice(0, first));
  const after = withoutPreloads(html.slice(first).replace(CHUNK, ""));
  return `${before}<script id="${ID}">${loader(urls)}</script>${after}`;
}

/** The chunks a page's loader adds (none if it has no loader). */
function chunksAfterPaint(html) {
  const code = new RegExp(`<script id="${ID}">\\(function\\(\\)\\{var l=(\\[[^\\]]*\\])`).exec(html);
  return code ? JSON.parse(code[1]) : [];
}

module.exports = { scriptsAfterPaint, chunksAfterPaint, LOADER_ID: ID };
