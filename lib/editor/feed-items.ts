// One shape for the items of every feed format feedsmith reads (RSS 0.9x/2.0,
// Atom 1.0, RDF, JSON Feed 1.x): the title, link, date and summary an editor
// needs to decide whether a story belongs in the week's issue.
import { decodeHTML } from "entities";
import { parseFeed } from "feedsmith";
import { cleanUrl } from "./normalise-url";

export type Candidate = {
  title: string;
  /** Absolute, without tracking parameters or fragment. */
  url: string;
  /** ISO 8601, or null when the feed gives no date. */
  date: string | null;
  summary: string;
  feed: { title: string; url: string };
};

type Loose = Record<string, unknown> | undefined;

/** feedsmith gives Atom text constructs as `{ value }` and RSS text as strings. */
const text = (v: unknown): string => (typeof v === "string" ? v : v && typeof v === "object" && "value" in v && typeof v.value === "string" ? v.value : "");

/** Markup out, entities decoded, whitespace folded, cut at a word near 300 characters. */
export function plainSummary(html: string): string {
  const plain = decodeHTML(html.replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ").trim();
  if (plain.length <= 300) return plain;
  const cut = plain.slice(0, 300);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 200))}…`;
}

function isoDate(value: unknown): string | null {
  const raw = text(value);
  if (!raw) return null;
  const time = Date.parse(raw);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function absolute(href: string, base: string): string | null {
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? cleanUrl(url.href) : null;
  } catch {
    return null;
  }
}

type Fields = { title: unknown; link: string | undefined; date: unknown; summary: unknown };

function fieldsOf(format: string, item: Record<string, unknown>): Fields {
  const nested = (key: string) => item[key] as Loose;
  if (format === "atom") {
    const links = (item.links as { href?: string; rel?: string }[] | undefined) ?? [];
    const link = links.find((l) => !l.rel || l.rel === "alternate")?.href;
    return { title: item.title, link, date: item.published ?? item.updated, summary: text(item.summary) || text(item.content) };
  }
  if (format === "json") {
    return { title: item.title, link: (item.url ?? item.external_url) as string | undefined, date: item.date_published ?? item.date_modified, summary: item.summary ?? item.content_text ?? item.content_html };
  }
  // RSS and RDF.
  const guid = item.guid as { value?: string; isPermaLink?: boolean } | undefined;
  const link = (item.link as string | undefined) ?? (guid?.isPermaLink !== false ? guid?.value : undefined);
  const dc = nested("dc");
  const dcDate = (dc?.dates as string[] | undefined)?.[0] ?? dc?.date;
  return { title: item.title, link, date: item.pubDate ?? dcDate, summary: text(item.description) || text(nested("content")?.encoded) };
}

/**
 * The items of a feed document. Throws when the text is no feed at all (an
 * HTML page, an error page): the caller reports "not a feed".
 */
export function feedItems(body: string, feed: { title: string; url: string }, finalUrl: string): Candidate[] {
  const trimmed = body.replace(/^\uFEFF/, "").trimStart();
  const parsed = parseFeed(trimmed.startsWith("{") ? JSON.parse(trimmed) : trimmed);
  const items = ((parsed.feed as { items?: unknown[]; entries?: unknown[] }).items ?? (parsed.feed as { entries?: unknown[] }).entries ?? []) as Record<string, unknown>[];
  const out: Candidate[] = [];
  for (const item of items) {
    const f = fieldsOf(parsed.format, item);
    const url = f.link ? absolute(f.link, finalUrl) : null;
    if (!url) continue;
    const title = plainSummary(text(f.title)) || url;
    out.push({ title, url, date: isoDate(f.date), summary: plainSummary(text(f.summary)), feed });
  }
  return out;
}
