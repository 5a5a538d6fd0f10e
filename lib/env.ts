import path from "node:path";

/**
 * Every setting the site reads from the environment, read and checked here
 * only: the rest of the code imports typed values. Values are read when asked
 * for (tests and build steps set them late), and a malformed one stops the
 * build with its name rather than being silently replaced. The plain Node
 * scripts that run before TypeScript is available (scripts/*.mjs, *.cjs)
 * cannot import this module and say so where they read a variable.
 *
 * | variable | what |
 * | --- | --- |
 * | SITE_URL (or NEXT_PUBLIC_SITE_URL) | the public origin; else Vercel's production domain (VERCEL_PROJECT_PRODUCTION_URL), else http://localhost:PORT |
 * | DRAFT_SECRET | turns on draft mode (/api/draft?secret=…); unset, nothing unpublished can be previewed |
 * | DIGEST_CONTENT_DIR | where the posts are (default content/posts): the e2e fixtures, the bench corpus |
 * | DIGEST_CONTENT_SNAPSHOT | set by `npm run build` for its own `next build`: the content, read once (lib/content/store.ts) |
 * | DIGEST_TURBOPACK_CACHE | set to 0 by `npm run build` on a machine's first build: Turbopack writes no cache (next.config.ts) |
 * | DIGEST_BUILD_WARNINGS | set by `npm run build` for its steps: a folder where a step that leaves Next.js's output as it was notes why (scripts/build/build-warning.cjs) |
 * | DIGEST_PAGE_SIZE | posts per list page (default 10) |
 * | DIGEST_OG_PRERENDER | share images drawn at build time per language (default 20); older ones on first request |
 * | DIGEST_UNSUBSCRIBE_URL | the email edition's unsubscribe merge tag (default {{unsubscribe_url}}) |
 * | DIGEST_CACHE_DIR | the editor tools' cache (default .cache): gathered feeds and candidates (gather/), checked links (links/) |
 * | NEXT_DIST_DIR | Next.js's build folder (default .next): the e2e and bench builds keep their own |
 * | DIGEST_OUTPUT | set to static by `npm run build:static`: plain files in out/ (Next.js's static export) instead of a site for a server |
 * | NODE_ENV | development (npm run dev: drafts shown, content re-read) or production |
 */

function read(name: string): string | undefined {
  const value = process.env[name]?.trim();
  return value ? value : undefined;
}

function wholeNumber(name: string, fallback: number, min: number): number {
  const value = read(name);
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new Error(`${name} must be a whole number of at least ${min}, not "${value}"`);
  return Number(value);
}

function origin(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} must be an absolute URL such as https://digest.example.com, not "${value}"`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`${name} must start with https:// or http://, not "${value}"`);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}

export const env = {
  /** The public origin of the site, without a trailing slash. */
  siteUrl(): string {
    const explicit = read("SITE_URL") ?? read("NEXT_PUBLIC_SITE_URL");
    if (explicit) return origin(read("SITE_URL") ? "SITE_URL" : "NEXT_PUBLIC_SITE_URL", explicit);
    const vercel = read("VERCEL_PROJECT_PRODUCTION_URL");
    if (vercel) return `https://${vercel.replace(/\/+$/, "")}`;
    return `http://localhost:${wholeNumber("PORT", 3000, 1)}`;
  },
  /** Null when draft mode is off. */
  draftSecret: (): string | null => read("DRAFT_SECRET") ?? null,
  /** The folder of post folders, absolute. Built from process.cwd() so the bundler does not trace the whole project. */
  contentDir(): string {
    const dir = read("DIGEST_CONTENT_DIR");
    return dir ? path.resolve(dir) : path.join(process.cwd(), "content", "posts");
  },
  /** The content snapshot file of the running build, if any. */
  contentSnapshot: (): string | undefined => read("DIGEST_CONTENT_SNAPSHOT"),
  /** Whether `next build` keeps Turbopack's cache for the next build (Next.js's default; `npm run build` turns it off for a first build). */
  turbopackBuildCache: (): boolean => read("DIGEST_TURBOPACK_CACHE") !== "0",
  pageSize: () => wholeNumber("DIGEST_PAGE_SIZE", 10, 1),
  ogPrerenderCount: () => wholeNumber("DIGEST_OG_PRERENDER", 20, 0),
  unsubscribeUrl: (): string | undefined => read("DIGEST_UNSUBSCRIBE_URL"),
  distDir: (): string => read("NEXT_DIST_DIR") ?? ".next",
  /** `npm run build:static`: the site as plain files (next.config.ts `output: "export"`), for any static host. */
  staticExport(): boolean {
    const value = read("DIGEST_OUTPUT");
    if (value !== undefined && value !== "static") throw new Error(`DIGEST_OUTPUT must be static or unset, not "${value}"`);
    return value === "static";
  },
  /** The editor tools' cache folder, absolute: never part of the site, ignored by git. */
  cacheDir(): string {
    const dir = read("DIGEST_CACHE_DIR");
    return dir ? path.resolve(dir) : path.join(process.cwd(), ".cache");
  },
  /** `npm run dev`: drafts, scheduled and broken posts are shown, and content is re-read on each request. */
  isDevelopment: () => process.env.NODE_ENV === "development",
  /** A production build or server: the content cannot change, so it is read once. */
  isProduction: () => process.env.NODE_ENV === "production",
};
