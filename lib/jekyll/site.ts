import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { isMap, parseDocument } from "yaml";
import { documentId, feedEntryId, jekyllDate, jekyllUrl, permalinkTemplate, placeholders } from "./permalink";

/** What `_config.yml` says about where posts and the feed were published. */
export type JekyllConfig = {
  /** The posts' URL template (collections.posts.permalink, else the site's permalink style). */
  template: string;
  /** `/blog` or "" (Jekyll's baseurl, with a leading slash and no trailing one). */
  baseurl: string;
  timezone: string;
  /** jekyll-feed's address on the old site (feed.path, default feed.xml), baseurl included. */
  feedPath: string;
};

const record = (value: unknown): Record<string, unknown> => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const text = (value: unknown): string | undefined => (typeof value === "string" || typeof value === "number" ? String(value).trim() : undefined);
const withSlash = (p: string) => (p.startsWith("/") ? p : `/${p}`);

/** Reads `<root>/_config.yml` (a bare _posts folder has none: Jekyll's defaults). Throws with the file and line when it is broken. */
export function readJekyllConfig(root: string | null): JekyllConfig {
  const file = root ? path.join(root, "_config.yml") : null;
  let config: Record<string, unknown> = {};
  if (file && existsSync(file)) {
    const doc = parseDocument(readFileSync(file, "utf8").replace(/^\uFEFF/, ""), { prettyErrors: true });
    if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]!.message.split("\n")[0]}`);
    config = isMap(doc.contents) ? record(doc.toJS()) : {};
  }
  const posts = record(record(config.collections).posts);
  const baseurl = (text(config.baseurl) ?? "").replace(/\/+$/, "");
  const feedPath = text(record(config.feed).path) ?? "feed.xml";
  return {
    // A collection's own permalink is a template (Collection#url_template); only the site's may name a style.
    template: text(posts.permalink) ?? permalinkTemplate(text(config.permalink)),
    baseurl: baseurl ? withSlash(baseurl) : "",
    timezone: text(config.timezone) ?? "UTC",
    feedPath: `${baseurl ? withSlash(baseurl) : ""}${withSlash(feedPath)}`,
  };
}

/** The front matter values Jekyll reads for a URL, as written. */
export type JekyllFrontMatter = Record<string, unknown>;

const words = (value: unknown): string[] => (typeof value === "string" ? value.split(/\s+/).filter(Boolean) : Array.isArray(value) ? value.map(String) : []);

/**
 * A post's old addresses: its URL (front matter `permalink:` wins over the
 * site's template) and its `redirect_from:` entries, each under the baseurl;
 * and, given the old site's URL, the id jekyll-feed gave its entry.
 */
export function oldAddresses(
  config: JekyllConfig,
  post: { basename: string; fileDate: string; folders: string[]; data: JekyllFrontMatter },
  siteUrl?: string,
): { url: string; aliases: string[]; feedId?: string } {
  const { data } = post;
  const slug = text(data.slug) ?? post.basename.replace(/^\d{2,4}-\d{1,2}-\d{1,2}-/, "");
  const date = jekyllDate(text(data.date) ?? post.fileDate, config.timezone) ?? jekyllDate(post.fileDate)!;
  // Document#populate_categories: the folders, then `categories` (a string is split on spaces), then `category` (kept whole).
  const single = data.category === undefined || data.category === null ? [] : Array.isArray(data.category) ? data.category.map(String) : [String(data.category)];
  const categories = [...new Set([...post.folders, ...words(data.categories), ...single])];
  const values = placeholders({ basename: post.basename, slug, categories, date, outputExt: ".html" });
  const url = jekyllUrl(text(data.permalink) ?? config.template, values);
  // jekyll-redirect-from: one path or a list, each a path of the site under its baseurl.
  const redirects = (Array.isArray(data.redirect_from) ? data.redirect_from : data.redirect_from ? [data.redirect_from] : []).map((p) => withSlash(String(p).trim()));
  const aliases = [...new Set([url, ...redirects].map((p) => `${config.baseurl}${p}`))];
  return { url, aliases, ...(siteUrl ? { feedId: feedEntryId(siteUrl, config.baseurl, documentId(url, slug)) } : {}) };
}
