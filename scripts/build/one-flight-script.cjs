// A prerendered page carries its RSC payload (what React needs to hydrate it)
// inline, as `<script>self.__next_f.push([1,"…"])</script>` tags: Next.js
// writes one per chunk of the payload's stream, 20-30 on a post page, and the
// page's Content-Security-Policy names each by its SHA-256 (scripts/build/csp.cjs),
// ~55 bytes that gzip cannot shrink per script. With them and a post's other
// additions, a post's gzipped HTML went past what the first round trip of a
// connection carries (~14 KB), and Lighthouse's phone model charged the second
// round trip to its LCP. A static page has the whole payload at once, so the
// chunks go into one script, in their order, where the last one was: the same
// pushes, run at the same point of the page for everything after the first.
// Nothing runs them before the page's code boots (after the first paint,
// scripts/build/after-paint.cjs), which reads the array they push to.
// A page whose payload scripts are not in that form is left as Next.js wrote
// it, with one warning.
// CommonJS, so that NODE_OPTIONS=--require reaches Next.js's build workers.
/* eslint-disable @typescript-eslint/no-require-imports */
const { warnStep } = require("./build-warning.cjs");

const CHUNK = /<script>(self\.__next_f\.push\(\[1,"(?:[^"\\]|\\.)*"\]\))<\/script>/g;
const ANY_PAYLOAD = /<script\b[^>]*>[^<]*?__next_f\b/g;
const INIT = "<script>(self.__next_f=self.__next_f||[]).push([0])</script>";

/** The page with its RSC payload in one inline script; unchanged if it has fewer than two chunks or any it cannot read. */
function oneFlightScript(html) {
  const chunks = [...html.matchAll(CHUNK)];
  if (chunks.length < 2) return html;
  // Every script that touches the payload must be the start (once) or a chunk read here.
  const payloadScripts = html.match(ANY_PAYLOAD)?.length ?? 0;
  const init = html.indexOf(INIT);
  if (payloadScripts !== chunks.length + 1 || init < 0 || init > chunks[0].index) {
    warnStep("one-flight-script", `a page has ${payloadScripts} scripts of its RSC payload of which ${chunks.length} are chunks in the form this step reads; its payload stays in Next.js's scripts: check how Next.js writes it.`);
    return html;
  }
  const last = chunks[chunks.length - 1];
  const merged = `<script>${chunks.map((m) => m[1]).join(";")}</script>`;
  let out = "";
  let at = 0;
  for (const m of chunks) {
    out += html.slice(at, m.index) + (m === last ? merged : "");
    at = m.index + m[0].length;
  }
  return out + html.slice(at);
}

module.exports = { oneFlightScript };
