import type { MetadataRoute } from "next";
import { getPosts } from "@/lib/content";
import { sitemapEntries } from "@/lib/feed/sitemap";

// In a production build getPosts leaves out drafts and scheduled posts.
export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries((locale) => getPosts(locale));
}
