import { generateOpml } from "feedsmith";
import { absoluteUrl } from "@/lib/site";

type Outline = { name: string; page: string; feeds: { rss: string } };

/**
 * An OPML 2.0 subscription list a feed reader can import: one outline per
 * feed (its RSS address; the page lists the Atom and JSON ones too), grouped
 * as the subscribe page groups them.
 */
export function toOpml(title: string, language: string, groups: { title: string; entries: Outline[] }[]): string {
  return generateOpml({
    head: { title },
    body: {
      outlines: groups.map((group) => ({
        text: group.title,
        outlines: group.entries.map((e) => ({ text: e.name, title: e.name, type: "rss", xmlUrl: absoluteUrl(e.feeds.rss), htmlUrl: absoluteUrl(e.page), language })),
      })),
    },
  });
}
