import path from "node:path";
// Relative imports, here and in what this module imports: next.config.ts loads
// it through Next.js's config transpiler, which resolves `@/` only in the config file itself.
import { routing } from "../i18n/routing";
import { aliasIssue, canonicalPath, readAliasedFiles, type WrittenAlias } from "./content/aliases";
import type { ContentIssue } from "./content/issues";
import { loadSiteSettings } from "./content/site-settings";
import { env } from "./env";
import { paths } from "./site";

/**
 * Every redirect the site answers, computed here only: next.config.ts hands
 * them to Next.js (static routing rules on Vercel, no function runs), and
 * `npm run vercel:check`, the content check and a static export read the same
 * list. A post's `aliases:` lead to its page in that file's language; the
 * previous site's feed addresses lead to the default language's feed.
 */
export type Redirect = { source: string; destination: string; permanent: true };

/** One redirect and where it was written; `path` is what a browser asks for (lib/content/aliases.ts, canonicalPath). */
export type RedirectRule = { path: string; destination: string; at: WrittenAlias; kind: "post" | "feed" };

/**
 * Common feed addresses of a previous site: jekyll-feed's default (an Atom
 * feed, as is /atom.xml) and WordPress-style /feed/ (RSS). Each leads to the
 * default language's feed in the same format, so a reader keeps its parser.
 */
export const OLD_FEED_PATHS = { "/feed.xml": "atom", "/atom.xml": "atom", "/feed/": "rss" } as const;

/** Paths the framework or the site's files own outright: an alias there would hide them. */
const RESERVED = [/^\/$/, /^\/_next(\/|$)/i, /^\/_vercel(\/|$)/i, /^\/api(\/|$)/i, /^\/media(\/|$)/i, /^\/(sitemap\.xml|robots\.txt|icon\.svg|favicon\.ico)$/i];

/** Next.js matches redirects ignoring case, so two paths that differ only in case are one. */
const key = (p: string) => p.toLowerCase();

const relative = (abs: string) => path.relative(process.cwd(), abs).split(path.sep).join("/");

/** The site's redirects with any errors in them; published posts only unless drafts are shown (`npm run dev`). */
export function readRedirects(options: { root?: string; now?: number; includeUnpublished?: boolean } = {}): { rules: RedirectRule[]; issues: ContentIssue[] } {
  const root = options.root ?? env.contentDir();
  const now = options.now ?? Date.now();
  const includeUnpublished = options.includeUnpublished ?? env.isDevelopment();
  const settings = loadSiteSettings(root, relative);
  const issues: ContentIssue[] = [...settings.issues];
  const rules: RedirectRule[] = [];
  const taken = new Map<string, RedirectRule>();

  const add = (at: WrittenAlias, destination: string, kind: RedirectRule["kind"], listed: boolean) => {
    const canonical = canonicalPath(at.written);
    if ("error" in canonical) return issues.push(aliasIssue(at, canonical.error));
    if (RESERVED.some((re) => re.test(canonical.path))) return issues.push(aliasIssue(at, `alias "${at.written}" is a path the site itself serves; it cannot also redirect`));
    const first = taken.get(key(canonical.path));
    if (first) {
      if (first.kind === "feed" && first.at.file === "") return issues.push(aliasIssue(at, `alias "${at.written}" is an old feed address, which already leads to the ${routing.defaultLocale} feed; remove it`));
      const where = first.at.file === at.file ? `line ${first.at.line} of this file` : `${first.at.file}:${first.at.line}`;
      return issues.push(aliasIssue(at, `alias "${at.written}" is already listed at ${where}; a path can lead to one page only`));
    }
    const rule = { path: canonical.path, destination, at, kind };
    taken.set(key(canonical.path), rule);
    if (listed) rules.push(rule);
  };

  for (const [old, format] of Object.entries(OLD_FEED_PATHS)) add({ written: old, file: "", line: 0, column: 0 }, paths[format](routing.defaultLocale), "feed", true);
  // jekyll-feed's own path, as the import found it in _config.yml: an Atom feed.
  for (const a of settings.feedAliases) add({ written: a.value, file: a.file, line: a.line, column: a.column }, paths.atom(routing.defaultLocale), "feed", true);
  for (const post of readAliasedFiles(root, relative)) {
    const published = !post.draft && post.time <= now;
    // Unpublished posts' aliases are checked too: they must still be free on the day the post is published.
    for (const at of post.aliases) add(at, paths.post(post.locale, post.slug), "post", published || includeUnpublished);
  }
  return { rules, issues };
}

/** path-to-regexp reads these as parameters and modifiers; in a literal path they are escaped. */
const toSource = (p: string) => p.replace(/[()*+:]/g, (c) => `\\${c}`);

/**
 * The redirects for next.config.ts: the valid ones. A broken alias is left
 * out here and named with its file:line:col by the content check and by the
 * build's content step (lib/site-paths.ts), which fails the production build
 * together with every other content error; `npm run dev` keeps working.
 */
export function getRedirects(): Redirect[] {
  return readRedirects().rules.map((r) => ({ source: toSource(r.path), destination: r.destination, permanent: true }));
}

/** The pages and files of the site, as paths (lib/site-paths.ts lists them from the route model). */
export type SitePaths = Iterable<string>;

/** An alias that is the path of one of the site's pages would hide that page: an error at the alias. */
export function collisions(rules: RedirectRule[], sitePaths: SitePaths): ContentIssue[] {
  const pages = new Set<string>();
  for (const p of sitePaths) {
    const canonical = canonicalPath(p);
    if ("path" in canonical) pages.add(key(canonical.path));
  }
  return rules
    .filter((r) => pages.has(key(r.path)))
    .map((r) => aliasIssue(r.at, `alias "${r.at.written}" is the address of a page of this site (${decodeURI(r.path)}); an alias must be a path the site no longer has`));
}
