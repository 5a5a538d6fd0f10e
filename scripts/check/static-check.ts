// npm run static:check — after npm run build:static: proves that out/ (or
// NEXT_DIST_DIR) is the whole site as plain files. Every page of the route
// model in both languages, every feed, the sitemap and robots.txt, each
// published post's images and share image, the search index of each
// language, the 404 page, `/` and every old path (a redirect page, or for an
// old feed address a copy of the feed) is a file there, the host rules name
// each redirect, and nothing of a draft or scheduled post (page, share image,
// image) nor a placeholder page is. One line per problem; exit 1 on any.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { routing } from "@/i18n/routing";
import { visiblePosts } from "@/lib/content/posts";
import { loadSiteSettings } from "@/lib/content/site-settings";
import { contentRoot, loadAll } from "@/lib/content/store";
import { readRedirects } from "@/lib/redirects";
import { EXPORT_PLACEHOLDER, pageNumber, pathOf, routeModel } from "@/lib/routes";
import { paths } from "@/lib/site";
import { fileFor } from "@/lib/static-host/redirect-pages";

const out = path.resolve(process.env.NEXT_DIST_DIR || "out");
const hosting = path.join(path.dirname(out), "static-hosting");
if (!existsSync(out)) {
  console.error(`FAIL ${path.relative(process.cwd(), out)}/ is missing: run npm run build:static first.`);
  process.exit(1);
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
const now = Date.now();
const { entries } = loadAll();
const visibility = { includeUnpublished: false, now };
const problems: string[] = [];
let checked = 0;
const expectFile = (url: string, what: string, test?: (text: string) => string | null) => {
  checked++;
  const file = path.join(out, fileFor(url));
  if (!existsSync(file)) return problems.push(`${url} (${what}): no ${path.relative(process.cwd(), file)}`);
  const why = test?.(readFileSync(file, "utf8"));
  if (why) problems.push(`${url} (${what}): ${why}`);
};
const expectNone = (url: string, what: string) => {
  const file = path.join(out, fileFor(url));
  if (existsSync(file)) problems.push(`${url} (${what}) is published: ${path.relative(process.cwd(), file)} must not exist`);
};

const model = routeModel((locale) => visiblePosts(entries, locale, visibility));
for (const locale of routing.locales) {
  const posts = visiblePosts(entries, locale, visibility);
  for (const route of model.pagesIn(locale)) {
    const post = route.kind === "post" ? posts.find((p) => p.slug === route.slug) : undefined;
    expectFile(pathOf(locale, route), pageNumber(route) > 1 ? `${route.kind}, page ${pageNumber(route)}` : route.kind, (html) =>
      post && !html.includes(escapeHtml(post.title)) ? "the page does not contain the post's title" : null,
    );
  }
  for (const post of posts) expectFile(paths.ogImage(locale, post.slug), "share image");
  for (const feed of model.feedsIn(locale)) expectFile(feed.path, feed.scope.kind === "site" ? "feed" : `${feed.scope.kind} feed`);
  expectFile(paths.opml(locale), "OPML list of the feeds");
  expectFile(`/_next/static/pagefind/${locale}/pagefind.js`, "search index");
  const published = new Set(posts.map((p) => p.slug));
  for (const entry of entries) {
    if (entry.locale !== locale || !entry.meta || published.has(entry.slug)) continue;
    expectNone(paths.post(locale, entry.slug), "an unpublished post");
    expectNone(paths.ogImage(locale, entry.slug), "an unpublished post's share image");
  }
}
const publishedFiles = new Set(routing.locales.flatMap((l) => visiblePosts(entries, l, visibility).map((p) => p.file)));
// The posts' images and content/site.yml's (the WeChat QR code).
const media = new Set([...entries.filter((e) => publishedFiles.has(e.file)).flatMap((e) => [...e.media.keys()]), ...loadSiteSettings(contentRoot(), (abs) => abs).media.keys()]);
for (const name of media) expectFile(`/media/${name}`, "image");
for (const entry of entries) for (const name of entry.media.keys()) if (!media.has(name)) expectNone(`/media/${name}`, `an image of unpublished ${entry.file}`);
for (const [url, what] of [["/", "language choice"], ["/404.html", "404 page"], ["/sitemap.xml", "sitemap"], ["/robots.txt", "robots.txt"]]) expectFile(url!, what!);

const hostRules = ["_redirects", "_headers"].map((f) => path.join(out, f)).concat(path.join(hosting, "nginx.conf"));
for (const file of hostRules) if (!existsSync(file)) problems.push(`host rules: no ${path.relative(process.cwd(), file)}`);
const redirectsFile = existsSync(hostRules[0]!) ? readFileSync(hostRules[0]!, "utf8") : "";
const nginx = existsSync(hostRules[2]!) ? readFileSync(hostRules[2]!, "utf8") : "";
for (const rule of readRedirects({ includeUnpublished: false, now }).rules) {
  const feed = /\.(xml|json)$/.test(rule.destination) && /\.(xml|json|rss|atom)$/.test(rule.path);
  expectFile(rule.path, `old path of ${rule.destination}`, (text) => (feed ? (text.startsWith("<?xml") || text.startsWith("{") ? null : "is not a copy of the feed") : text.includes(`url=${rule.destination}"`) ? null : `does not send the reader to ${rule.destination}`));
  if (!redirectsFile.split("\n").includes(`${rule.path} ${rule.destination} 308`)) problems.push(`${rule.path}: _redirects has no "${rule.path} ${rule.destination} 308"`);
  if (!nginx.includes(`location = "${decodeURI(rule.path)}" {`)) problems.push(`${rule.path}: the Nginx server block has no redirect for it`);
}
const placeholders = readdirSync(out, { recursive: true }).map(String).filter((f) => f.includes(EXPORT_PLACEHOLDER));
for (const file of placeholders) problems.push(`${file}: a placeholder page of the export was left in ${path.relative(process.cwd(), out)}/`);

for (const problem of problems) console.error(`FAIL ${problem}`);
if (problems.length > 0) process.exit(1);
console.log(`OK ${checked} pages and files of the site are in ${path.relative(process.cwd(), out)}/, nothing unpublished is, and the host rules name every redirect`);
