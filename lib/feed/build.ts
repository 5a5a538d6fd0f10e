import { Feed } from "feed";
import type { Locale } from "@/i18n/routing";
import type { Post } from "@/lib/content";
import { absoluteUrl, paths } from "@/lib/site";

/** Feed languages: RSS wants RFC 1766 style (`zh-CN`), which Atom's xml:lang and JSON Feed accept too. */
export const feedLanguage: Record<Locale, string> = { zh: "zh-CN", en: "en" };

type FeedInput = {
  locale: Locale;
  /** The site's name and description in that locale (messages `Site.*`). */
  title: string;
  description: string;
  /** Published posts of that locale, newest first. */
  posts: Post[];
  /** Each post's full body as HTML, by slug. */
  html: ReadonlyMap<string, string>;
  /** An item's title, e.g. with its issue number (第 12 期：…); the post's title by default. */
  itemTitle?: (post: Post) => string;
  /** A tag as readers see it (its name in taxonomy.yml); the slug by default. */
  tagName?: (tag: string) => string;
  /** The page the feed follows and the feed's own addresses (site paths); the locale's home and feeds by default. */
  link?: string;
  feedLinks?: Record<"rss" | "atom" | "json", string>;
};

const lastChange = (post: Post) => (post.updated ?? post.date).time;

/**
 * One locale's feed, format-neutral: titles and summaries are plain text,
 * content is HTML. `lib/feed/formats` serializes it as RSS, Atom or JSON Feed.
 */
export function buildFeed({ locale, title, description, posts, html, itemTitle = (post) => post.title, tagName = (tag) => tag, link, feedLinks }: FeedInput): Feed {
  const home = absoluteUrl(link ?? paths.home(locale));
  const own = feedLinks ?? { rss: paths.rss(locale), atom: paths.atom(locale), json: paths.json(locale) };
  const feed = new Feed({
    id: home,
    title,
    description,
    link: home,
    language: feedLanguage[locale],
    // The newest change, so an unchanged site rebuilds to an identical feed.
    updated: posts.length > 0 ? new Date(Math.max(...posts.map(lastChange))) : undefined,
    feedLinks: {
      rss: absoluteUrl(own.rss),
      atom: absoluteUrl(own.atom),
      json: absoluteUrl(own.json),
    },
  });
  for (const post of posts) {
    const content = html.get(post.slug);
    if (content === undefined) throw new Error(`${post.file}: no HTML body was rendered for the feed`);
    const url = absoluteUrl(paths.post(post.locale, post.slug));
    // Without `feed_id`, no `id`: RSS then marks the link as a permalink guid, and Atom
    // uses it as the entry id. With one, the RSS guid, Atom id and JSON Feed id are the
    // old feed's, so subscribers' readers do not show a moved post as new.
    feed.addItem({
      ...(post.feedId ? { id: post.feedId } : {}),
      title: itemTitle(post),
      link: url,
      date: new Date(lastChange(post)),
      published: new Date(post.date.time),
      description: post.description || undefined,
      content,
      author: post.author ? [{ name: post.author }] : undefined,
      category: post.tags.map((tag) => ({ name: tagName(tag), term: tag })),
    });
  }
  return feed;
}
