import type { MetadataRoute } from "next";
import { routing } from "@/i18n/routing";
import { absoluteUrl, siteUrl } from "@/lib/site";

/** Development-only pages (drafts, translation status, draft-mode preview) are 404 in production; keep crawlers off anyway. */
const DEV_ONLY = ["drafts", "translations", "preview/"];

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/api/", ...routing.locales.flatMap((locale) => DEV_ONLY.map((page) => `/${locale}/${page}`))],
    },
    sitemap: absoluteUrl("/sitemap.xml"),
    host: siteUrl(),
  };
}
