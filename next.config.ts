import { availableParallelism } from "node:os";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { env } from "./lib/env";
import { formStatusAlias } from "./lib/follow/form-status-alias";
import { getRedirects } from "./lib/redirects";
import { mediaHeaders, securityHeaders } from "./lib/security-headers";
import { undecodablePathRewrite } from "./lib/undecodable-path";

// Messages are compiled at build time (next-intl's catalog loader, icu-minify)
// and pages format them without parsing: in a CPU profile of a 1,000-post
// build, parsing every message again on every page took ~9 s of its workers'
// time. Every import of messages/*.json gets the compiled form, in which a
// message without arguments stays the plain string (app/not-found.tsx).
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

/**
 * What a server answers (Vercel, next start, next dev): headers, redirects and
 * rewrites. The plain-files build (npm run build:static) writes the same
 * headers and redirects as files and host rules (lib/static-host) instead.
 */
const served: Pick<NextConfig, "headers" | "redirects" | "rewrites"> = {
  async headers() {
    // The later rule's Content-Security-Policy replaces the first for images.
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/media/:name*", headers: mediaHeaders },
    ];
  },
  // Posts' earlier paths (`aliases:`) and the previous site's feed addresses:
  // permanent (308) redirects, which Vercel serves as routing rules without
  // running a function. Read from the posts' front matter only (lib/redirects.ts).
  async redirects() {
    return getRedirects();
  },
  async rewrites() {
    // Before the file system and dynamic routes, where Next.js would answer a 500.
    const beforeFiles = [undecodablePathRewrite];
    // `next dev` answers generateStaticParams from a cache it refreshes only
    // after serving a request, so a post folder added while it runs would be a
    // 404 on its first visit. In dev, posts render through the preview route,
    // which renders any slug on demand (the same PostView).
    if (env.isDevelopment()) beforeFiles.push({ source: "/:locale(zh|en)/posts/:slug", destination: "/:locale/preview/:slug" });
    return { beforeFiles, afterFiles: [], fallback: [] };
  },
};

const nextConfig: NextConfig = {
  // The two outputs of the site differ in the files they build from: *.server.ts(x)
  // exist only where a server runs the site, *.static.ts(x) only in the plain files.
  ...(env.staticExport() ? { output: "export", pageExtensions: ["tsx", "ts", "static.tsx", "static.ts"] } : { ...served, pageExtensions: ["tsx", "ts", "server.tsx", "server.ts"] }),
  // The end-to-end suite builds its fixture site beside the real one.
  distDir: env.distDir(),
  poweredByHeader: false,
  // No sign-up form anywhere (no newsletter in content/site.yml): no client code for one either.
  turbopack: { resolveAlias: formStatusAlias() },
  // The content pipeline runs only on the server (at build time, and for
  // draft previews): Node loads these from node_modules instead of Turbopack
  // bundling, minifying and source-mapping them again for each group of routes
  // that reads content (the Markdown, MDX and YAML stack was ~0.8 MB in each
  // of three server chunks). Turbopack's compile 16-18 s -> 12-13 s; static
  // generation unchanged. Vercel's functions still get them (file tracing).
  serverExternalPackages: [
    "@mdx-js/mdx",
    "estree-util-value-to-estree",
    "feed",
    "image-size",
    "juice",
    "mdast-util-mdx-jsx",
    "mdast-util-to-string",
    "remark-gfm",
    "remark-mdx",
    "remark-parse",
    "unified",
    "unist-util-visit",
    "yaml",
    "zod",
  ],
  // Static generation is most of a build (thousands of pages) and runs in
  // worker processes while the main process waits: give it every core, two at
  // least (Next.js would leave one of two cores idle).
  experimental: {
    cpus: Math.max(2, availableParallelism() - 1),
    // Prefetch inlining decides, per page, which route segments to bundle into
    // one prefetch response: at build time it renders and gzips every
    // segment's prefetch payload to measure it. The site's links never
    // prefetch (components/layout/link.tsx), so that work served no reader.
    prefetchInlining: false,
    // Turbopack writes its cache (~50 MB) at the end of every build so that
    // the next one compiles faster (compile 8 s instead of 11 s at 1,000
    // posts). Writing it costs a first build ~6 s of CPU and ~3.5 s (compile
    // step alone, three runs each: 14.4-14.8 s against 10.8-11.5 s): `npm run
    // build` leaves it out when the build folder holds no cache from an
    // earlier build (a fresh clone, a CI machine), and a machine that builds
    // again (Vercel, which restores .next/cache; an editor's laptop) keeps it.
    turbopackFileSystemCacheForBuild: env.turbopackBuildCache(),
    // `next start` keeps what it renders on request in memory only (Next.js's
    // LRU, at most cacheMaxMemorySize, 50 MB), never as files under
    // .next/server. The image routes render names they have not prerendered
    // (older posts' share images on first request, a draft's images), and
    // Next.js 16.4 kept whatever they answered, 404s included: every distinct
    // made-up /media/<x>.png or /<locale>/posts/<x>/og.png was two files on
    // disk, without limit. 16.5.0 no longer keeps route handlers' 404s; this
    // holds whatever a release does (e2e/odd-paths). Prerendered pages are
    // read from their files as before, and a share image drawn on request is
    // also in .next/cache/og-images (lib/og/cache.ts), so a restart does not
    // draw it again. Vercel keeps its own cache and ignores this.
    isrFlushToDisk: false,
  },
  // Source maps for prerender errors cost each build worker ~40 MB and their
  // parse time; content errors are reported as file:line:column anyway.
  enablePrerenderSourceMaps: false,
  // `npm test` type-checks the project (npm run typecheck) before it builds,
  // and main only moves when that passes. Checking again inside every build
  // took 9.5 s of a 1,000-post build (next build's own log).
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
};

export default withNextIntl(nextConfig);
