import type { Feed } from "feed";
import { getTranslations } from "next-intl/server";
import { buildFeed } from "@/lib/feed/build";
import { renderBody } from "@/lib/feed/html";
import { feedComponents, type FeedLabels } from "./feed-components";
import type { Locale } from "@/i18n/routing";
import { getPost, getPosts, getTaxonomy, isDevelopment, type Post } from "@/lib/content";
import { termName } from "@/lib/content/taxonomy";
import { absoluteUrl, paths } from "@/lib/site";

/** Feed readers poll often: the latest issues are enough (the archive has the rest). */
const FEED_SIZE = 20;

/** A locale's feed (a view: the bodies are rendered with the feed components) with the latest published posts' full bodies; runs at build time. */
export async function loadFeed(locale: Locale): Promise<Feed> {
  const [site, digest, newsCard, sourceList, issue] = await Promise.all([
    getTranslations({ locale, namespace: "Site" }),
    getTranslations({ locale, namespace: "Digest" }),
    getTranslations({ locale, namespace: "NewsCard" }),
    getTranslations({ locale, namespace: "SourceList" }),
    getTranslations({ locale, namespace: "Issue" }),
  ]);
  const labels: FeedLabels = {
    mainNews: digest("mainNews"),
    analysis: digest("analysis"),
    conclusion: digest("conclusion"),
    sources: newsCard("sources"),
    sourceList: sourceList("title"),
  };
  const posts: Post[] = [];
  const html = new Map<string, string>();
  for (const post of getPosts(locale).slice(0, FEED_SIZE)) {
    const loaded = await getPost(locale, post.slug);
    if (!loaded?.Content) {
      // `npm run dev` keeps serving while a post is broken; its page shows the errors.
      if (isDevelopment()) continue;
      throw new Error(`${post.file}: the body did not compile, so it cannot go into the feed`);
    }
    posts.push(post);
    html.set(post.slug, await renderBody(loaded.Content, feedComponents(labels, absoluteUrl(paths.post(locale, post.slug)))));
  }
  const itemTitle = (post: Post) => (post.issue === undefined ? post.title : issue("titled", { n: post.issue, title: post.title }));
  const taxonomy = getTaxonomy();
  return buildFeed({ locale, title: site("name"), description: site("description"), posts, html, itemTitle, tagName: (tag) => termName(taxonomy, "tags", tag, locale) });
}
