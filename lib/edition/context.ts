import type { Post } from "@/lib/content";
import { absoluteUrl, paths } from "@/lib/site";
import { editionLabels, type EditionLabels } from "./labels";
import { unsubscribeUrl } from "./settings";
import { postUrl } from "./urls";

/** What both editions of one post need besides its body: words, addresses, settings. */
export type EditionContext = {
  post: Post;
  labels: EditionLabels;
  /** The canonical URL of the post, from SITE_URL. */
  postUrl: string;
  homeUrl: string;
  unsubscribeUrl: string;
};

export function editionContext(post: Post): EditionContext {
  return {
    post,
    labels: editionLabels(post),
    postUrl: postUrl(post.locale, post.slug),
    homeUrl: absoluteUrl(paths.home(post.locale)),
    unsubscribeUrl: unsubscribeUrl(),
  };
}
