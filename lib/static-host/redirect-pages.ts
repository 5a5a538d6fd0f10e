import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { escapeHtml } from "@/lib/feed/formats";
import { absoluteUrl } from "@/lib/site";
import type { Redirect } from "./rules";

/** Where a host without redirect rules looks for `from`: the file itself, or the page it serves for that path. */
export function fileFor(from: string): string {
  const clean = decodeURIComponent(from).replace(/^\/+/, "");
  if (clean === "" || from.endsWith("/")) return path.join(clean, "index.html");
  return /\.[^/]*$/.test(clean) ? clean : `${clean}.html`;
}

/**
 * On hosts that read no rules (object storage, GitHub Pages), an old path is
 * a file: a page that sends the reader on at once (`<meta http-equiv=refresh>`,
 * a link for anyone it does not move, a script that keeps the link's
 * `#item-N` (a refresh drops it), and `rel=canonical` so that search
 * engines move the old URL's standing to the new one); an old feed path is a
 * copy of the feed it now stands for, since a feed reader does not follow a
 * page (the copy names its new address as its own). A host with rules
 * (Nginx, _redirects) answers these paths with the redirect before the file.
 */
export function writeRedirectPages(out: string, redirects: Redirect[]) {
  for (const { from, to } of redirects) {
    const file = path.join(out, fileFor(from));
    // Aliases are checked as site paths (lib/content/aliases.ts); this is the second wall.
    if (path.relative(out, file).split(path.sep)[0] === "..") throw new Error(`redirect from "${from}" would be written outside ${out}`);
    mkdirSync(path.dirname(file), { recursive: true });
    const target = path.join(out, fileFor(to.split("#")[0]!));
    // A copy only where the old path names a file a host serves as a feed (/feed.xml, not /feed/).
    if (/\.(xml|json)$/.test(to) && /\.(xml|json|rss|atom)$/.test(from) && existsSync(target)) {
      copyFileSync(target, file);
      continue;
    }
    const href = escapeHtml(to);
    writeFileSync(
      file,
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${href}</title><meta name="robots" content="noindex"><link rel="canonical" href="${escapeHtml(absoluteUrl(to))}"><script>location.replace(${JSON.stringify(to).replace(/</g, "\\u003c")}+location.hash)</script><meta http-equiv="refresh" content="0; url=${href}"></head><body><p><a href="${href}">${href}</a></p></body></html>\n`,
    );
  }
}
