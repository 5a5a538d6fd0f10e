import type { MetadataRoute } from "next";
import { getPosts } from "@/lib/content";
import { sitemapEntries } from "@/lib/feed/sitemap";

// A file, written at build time (the plain-files build requires it to say so).
export const dynamic = "force-static";

// In a production build getPosts leaves out drafts and scheduled posts.
export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries((locale) => getPosts(locale));
}
