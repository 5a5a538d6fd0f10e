import type { Feed } from "feed";
import { getTranslations } from "next-intl/server";
import { buildFeed } from "@/lib/feed/build";
import { renderBody } from "@/lib/feed/html";
import { feedComponents, type FeedLabels } from "./feed-components";
import type { Locale } from "@/i18n/routing";
import { getPost, getPosts, getTaxonomy, isDevelopment, type Post } from "@/lib/content";
import { termName } from "@/lib/content/taxonomy";
import { feedPath, siteRoutes, type FeedScope } from "@/lib/routes";
import { absoluteUrl, paths } from "@/lib/site";

/** Feed readers poll often: the latest issues are enough (the archive has the rest). */
const FEED_SIZE = 20;

/**
 * A post's body as feed HTML, rendered once per build: the site's feed and
 * each of its tags' and categories' feeds carry the same body.
 */
const rendered = new WeakMap<Post, Promise<string | null>>();

/**
 * A locale's feed (a view: the bodies are rendered with the feed components)
 * with the latest published posts' full bodies, the whole site's or one tag's
 * or category's; runs at build time.
 */
export async function loadFeed(locale: Locale, scope: FeedScope = { kind: "site" }): Promise<Feed> {
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
  const body = (post: Post) => {
    let html = rendered.get(post);
    if (!html) {
      html = getPost(locale, post.slug).then((loaded) =>
        loaded?.Content ? renderBody(loaded.Content, feedComponents(labels, absoluteUrl(paths.post(locale, post.slug)))) : null,
      );
      rendered.set(post, html);
    }
    return html;
  };
  const taxonomy = getTaxonomy();
  const all = scope.kind === "site" ? getPosts(locale) : (siteRoutes().listed(locale, { kind: scope.kind === "tags" ? "tag" : "category", name: scope.name }) ?? []);
  for (const post of all.slice(0, FEED_SIZE)) {
    const content = await body(post);
    if (content === null) {
      // `npm run dev` keeps serving while a post is broken; its page shows the errors.
      if (isDevelopment()) continue;
      throw new Error(`${post.file}: the body did not compile, so it cannot go into the feed`);
    }
    posts.push(post);
    html.set(post.slug, content);
  }
  const itemTitle = (post: Post) => (post.issue === undefined ? post.title : issue("titled", { n: post.issue, title: post.title }));
  // A topic's feed is named after the topic as readers see it: "云原生周报 · 主权 AI".
  const title = scope.kind === "site" ? site("name") : `${site("name")} · ${termName(taxonomy, scope.kind, scope.name, locale)}`;
  const links = { rss: feedPath(locale, scope, "rss"), atom: feedPath(locale, scope, "atom"), json: feedPath(locale, scope, "json") };
  const link = scope.kind === "site" ? paths.home(locale) : scope.kind === "tags" ? paths.tag(locale, scope.name) : paths.category(locale, scope.name);
  return buildFeed({ locale, title, description: site("description"), posts, html, itemTitle, tagName: (tag) => termName(taxonomy, "tags", tag, locale), link, feedLinks: links });
}
