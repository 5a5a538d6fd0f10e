import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";

/** What a crawler or a link preview reads from a page: its <head> and its JSON-LD, as served. */
export type PageHead = {
  path: string;
  html: string;
  lang: string;
  title: string;
  /** Every <link rel="canonical"> in the document, and how many of them are in <head>. */
  canonicals: string[];
  canonicalsInHead: number;
  alternates: { hreflang: string; href: string }[];
  feeds: { type: string; href: string; inHead: boolean }[];
  /** <meta> contents by `property` or `name`, in document order. */
  meta: Record<string, string[]>;
  /** The text of each <script type="application/ld+json">, as served. */
  jsonLd: string[];
  /** `<a rel="next">` of a paginated list. */
  next: string | null;
};

/** Parses served HTML with the browser's own parser (no script runs: DOMParser documents are inert). */
function parse(html: string) {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const meta: Record<string, string[]> = {};
  for (const m of doc.querySelectorAll("meta[property], meta[name]")) {
    const key = m.getAttribute("property") ?? m.getAttribute("name")!;
    (meta[key] ??= []).push(m.getAttribute("content") ?? "");
  }
  const canonicals = [...doc.querySelectorAll('link[rel="canonical"]')];
  return {
    lang: doc.documentElement.lang,
    title: doc.title,
    canonicals: canonicals.map((l) => l.getAttribute("href") ?? ""),
    canonicalsInHead: canonicals.filter((l) => l.parentElement === doc.head).length,
    alternates: [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => ({ hreflang: l.getAttribute("hreflang")!, href: l.getAttribute("href")! })),
    feeds: [...doc.querySelectorAll('link[rel="alternate"][type]')].map((l) => ({ type: l.getAttribute("type")!, href: l.getAttribute("href")!, inHead: l.parentElement === doc.head })),
    meta,
    jsonLd: [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ""),
    next: doc.querySelector('a[rel="next"]')?.getAttribute("href") ?? null,
  };
}

export async function readHead(page: Page, request: APIRequestContext, path: string): Promise<PageHead> {
  const response = await request.get(path);
  await expect(response.status(), `${path} is served`).toBe(200);
  await expect(response.headers()["content-type"], `${path} is HTML`).toMatch(/^text\/html/);
  const html = await response.text();
  return { path, html, ...(await page.evaluate(parse, html)) };
}

/** Paths of the sitemap's pages (as encoded there). */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get("/sitemap.xml");
  await expect(response.status()).toBe(200);
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (_name, jpath) => String(jpath) === "urlset.url" });
  const urls: { loc: string }[] = parser.parse(await response.text()).urlset.url;
  return urls.map((u) => new URL(u.loc).pathname);
}

/**
 * Every page of the built site: the sitemap's pages, the search pages, and the
 * later pages of every paginated list (found by following rel="next"), which
 * the sitemap leaves out.
 */
export async function crawlSite(page: Page, request: APIRequestContext): Promise<Map<string, PageHead>> {
  const queue = [...(await sitemapPaths(request)), "/zh/search", "/en/search"];
  const pages = new Map<string, PageHead>();
  while (queue.length > 0) {
    const path = samePath(queue.shift()!);
    if (pages.has(path)) continue;
    const head = await readHead(page, request, path);
    pages.set(path, head);
    if (head.next) queue.push(head.next);
  }
  return pages;
}

/** One spelling per path: percent-encoded, as the sitemap and canonical URLs write it. */
export function samePath(pathOrUrl: string): string {
  return new URL(pathOrUrl, "http://x").pathname;
}

/** The origin the site prints in absolute URLs. SITE_URL is unset in the e2e build, so siteUrl() falls back to http://localhost:$PORT, and the e2e server runs with PORT = its port. */
export const siteOrigin = (baseURL: string | undefined) => `http://localhost:${new URL(baseURL!).port}`;

export const localeOf = (path: string) => (path.startsWith("/zh") ? "zh" : "en") as "zh" | "en";
