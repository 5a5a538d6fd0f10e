import { Feed, type Item } from "feed";
import { xmlSafe, xmlText } from "./xml-text";

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Plain text as HTML text, for the elements the formats define as HTML. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/** A copy of the feed, every field XML-safe (lib/feed/xml-text), each item then mapped. */
function withItems(feed: Feed, map: (item: Item) => Item = (item) => item): Feed {
  const copy = new Feed(xmlSafe(feed.options));
  for (const item of feed.items) copy.addItem(map(xmlSafe(item)));
  for (const category of feed.categories) copy.addCategory(xmlText(category));
  for (const contributor of feed.contributors) copy.addContributor(xmlSafe(contributor));
  for (const extension of feed.extensions) copy.addExtension(xmlSafe(extension));
  return copy;
}

const optional = (text: string | undefined, f: (t: string) => string) => (text === undefined ? undefined : f(text));

/**
 * `feed` (through xml-js) splits only the first `]]>` of a CDATA section, and
 * leaves `<` in Atom's category attributes as is; either would make the whole
 * feed unreadable. HTML (content, escaped titles) never holds a raw `>`, so
 * only plain text can. A clear build error beats a broken feed.
 */
function assertCdataSafe(item: Item): Item {
  if (item.title.split("]]>").length > 2) throw new Error(`feed: the title "${item.title}" contains "]]>" more than once; reword it`);
  return item;
}

function assertAttributeSafe(item: Item): Item {
  for (const c of item.category ?? [])
    if (c.term?.includes("<") || c.name?.includes("<")) throw new Error(`feed: the tag "${c.name ?? c.term}" of "${item.title}" contains "<"; rename it`);
  return item;
}

/** RSS 2.0: `<description>` is HTML, `<title>` plain text. */
export function toRss(feed: Feed): string {
  return withItems(feed, (item) => ({
    ...assertCdataSafe(item),
    description: optional(item.description, escapeHtml),
  })).rss2();
}

const ATOM_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">';

/**
 * Atom 1.0. `feed` writes entry titles and summaries as `type="html"`, so
 * plain text is escaped once more, or a reader would render `<tag>` in a title
 * as markup. `feed` has no option for the feed's language; xml:lang on the root
 * declares it.
 */
export function toAtom(feed: Feed): string {
  const xml = withItems(feed, (item) => ({
    ...assertAttributeSafe(item),
    title: escapeHtml(item.title),
    description: optional(item.description, escapeHtml),
  })).atom1();
  const language = feed.options.language;
  if (!language) return xml;
  // Fails loudly (and in the unit tests) if a new `feed` version writes the root differently.
  if (!xml.includes(ATOM_ROOT)) throw new Error("feed: unexpected Atom root element; update toAtom()");
  return xml.replace(ATOM_ROOT, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeHtml(language)}">`);
}

type JsonFeedAuthor = { name?: string; url?: string; avatar?: string };
type JsonFeedItem = { id?: string; url?: string; author?: JsonFeedAuthor; [key: string]: unknown };
type JsonFeed = { version: string; items: JsonFeedItem[]; [key: string]: unknown };

/**
 * JSON Feed 1.1: `feed` writes version 1, which has no `language`, no
 * `authors`, and no item id unless one is given (the URL is).
 */
export function toJsonFeed(feed: Feed): string {
  const { items, ...rest } = JSON.parse(withItems(feed).json1()) as JsonFeed;
  const v11: JsonFeed = {
    ...rest,
    version: "https://jsonfeed.org/version/1.1",
    language: feed.options.language,
    items: items.map(({ id, ...item }) => ({
      id: id ?? item.url,
      ...item,
      // `author` stays for version 1 readers.
      authors: item.author ? [item.author] : undefined,
    })),
  };
  return JSON.stringify(v11, null, 2);
}
