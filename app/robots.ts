import type { MetadataRoute } from "next";
import { routing } from "@/i18n/routing";
import { absoluteUrl, paths, siteUrl } from "@/lib/site";

// A file, written at build time (the plain-files build requires it to say so).
export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      // Development-only pages (drafts, translation status, the inbox, draft-mode preview) are 404 in production; keep crawlers off anyway.
      disallow: ["/api/", ...routing.locales.flatMap((locale) => [paths.drafts(locale), paths.translations(locale), paths.inbox(locale), paths.preview(locale, "")])],
    },
    sitemap: absoluteUrl("/sitemap.xml"),
    host: siteUrl(),
  };
}
