import { expect, test, type APIRequestContext } from "./support/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const ZH_SEED_TITLE = "云原生技术动态：主权AI与边缘计算驱动Kubernetes部署模式变革";
const EN_SEED_TITLE = "Cloud Native Roundup: Sovereign AI and Edge Computing Drive a Shift in Kubernetes Deployment Models";
const ZH_SEED_NEWS = ["主权AI驱动本地Kubernetes部署回归", "CNCF发布2026年云原生发展预测", "Kubernetes与AI推理融合成为2026年核心趋势"];
const EN_SEED_NEWS = [
  "Sovereign AI Drives a Return to On-Premises Kubernetes",
  "CNCF Shares Its Predictions for Cloud Native in 2026",
  "Convergence of Kubernetes and AI Inference Emerges as a Core Trend for 2026",
];
const SEED_SOURCES = [
  "https://www.computerweekly.com/news/366637421/Sovereign-and-edge-AI-drive-return-to-on-premise-Kubernetes",
  "https://horovits.medium.com/state-of-cloud-native-2026-cncf-ctos-insights-and-predictions-479e6bbf793c",
  "https://portworx.com/blog/top-tech-trends-2026-kubernetes-ai-inference/",
];
const SEED_PATH = (locale: string) => `/${locale}/posts/sovereign-edge-ai-kubernetes`;
/** e2e/fixtures/posts/hostile-title-escaping/en.md */
const HOSTILE_TITLE = `Escaping Weekly: Fish & Chips, <tag> Soup, "Double" and 'Single' Quotes`;
const UNPUBLISHED = /DRAFT-MARKER-7f3a|SCHEDULED-MARKER-91c2|draft-unpublished-digest|scheduled-future-digest/;
/** Every published post of the e2e site (content/posts + e2e/fixtures/posts). */
const PUBLISHED_POSTS = [
  "/zh/posts/sovereign-edge-ai-kubernetes",
  "/en/posts/sovereign-edge-ai-kubernetes",
  "/zh/posts/zh-only-edge-gitops",
  "/en/posts/en-only-platform-weekly",
  "/zh/posts/mdx-service-mesh-roundup",
  "/en/posts/mdx-service-mesh-roundup",
  "/en/posts/hostile-title-escaping",
];

type Item = { title: string; link: string; content: string };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  isArray: (_name, jpath) => ["rss.channel.item", "feed.entry", "feed.entry.link", "urlset.url", "urlset.url.xhtml:link"].includes(String(jpath)),
});

/** Fetches a document, checks status and content type, and parses it as XML (failing on any well-formedness error). */
async function fetchXml(request: APIRequestContext, path: string, type: RegExp) {
  const response = await request.get(path);
  await expect(response.status()).toBe(200);
  await expect(response.headers()["content-type"]).toMatch(type);
  const text = await response.text();
  const valid = XMLValidator.validate(text);
  await expect(valid === true ? true : `${valid.err.msg} at ${valid.err.line}:${valid.err.col}`).toBe(true);
  return { text, doc: parser.parse(text) };
}

/** What a reader shows for Atom text of `type="html"`. */
const decodeHtml = (html: string) =>
  html.replace(/&(lt|gt|quot|#39|#x27|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'", amp: "&" })[e]!);

async function rssItems(request: APIRequestContext, locale: string) {
  const { text, doc } = await fetchXml(request, `/${locale}/feed.xml`, /^application\/rss\+xml/);
  await expect(doc.rss.channel.language).toBe(locale === "zh" ? "zh-CN" : "en");
  const items: Item[] = doc.rss.channel.item.map((i: Record<string, string>) => ({ title: i.title, link: i.link, content: i["content:encoded"] }));
  return { text, items };
}

async function atomItems(request: APIRequestContext, locale: string) {
  const { text, doc } = await fetchXml(request, `/${locale}/atom.xml`, /^application\/atom\+xml/);
  await expect(doc.feed["@xml:lang"]).toBe(locale === "zh" ? "zh-CN" : "en");
  type Text = { "#text": string; "@type"?: string };
  const read = (t: Text) => (t["@type"] === "html" ? decodeHtml(t["#text"]) : t["#text"]);
  const items: Item[] = doc.feed.entry.map((e: { title: Text; link: { "@href": string }[]; content: Text }) => ({
    title: read(e.title),
    link: e.link[0]!["@href"],
    content: e.content["#text"],
  }));
  return { text, items };
}

async function jsonItems(request: APIRequestContext, locale: string) {
  const response = await request.get(`/${locale}/feed.json`);
  await expect(response.status()).toBe(200);
  await expect(response.headers()["content-type"]).toMatch(/^application\/(feed\+)?json/);
  const text = await response.text();
  const json = JSON.parse(text);
  await expect(json.language).toBe(locale === "zh" ? "zh-CN" : "en");
  const items: Item[] = json.items.map((i: { title: string; url: string; content_html: string }) => ({ title: i.title, link: i.url, content: i.content_html }));
  return { text, items };
}

/** The seed post is there, linked absolutely, with its whole body: every news card title and source link. */
async function expectSeed(items: Item[], locale: "zh" | "en") {
  const seed = items.find((i) => i.title === (locale === "zh" ? ZH_SEED_TITLE : EN_SEED_TITLE));
  await expect(seed, "seed post in the feed").toBeTruthy();
  const url = new URL(seed!.link);
  await expect(url.protocol).toMatch(/^https?:$/);
  await expect(url.pathname).toBe(SEED_PATH(locale));
  for (const title of locale === "zh" ? ZH_SEED_NEWS : EN_SEED_NEWS) await expect(seed!.content).toContain(`<h3>${title}</h3>`);
  for (const source of SEED_SOURCES) await expect(seed!.content).toContain(`href="${source}"`);
}

test.describe("subscribing by feed", () => {
  test("the Chinese RSS feed carries the seed post in full and nothing unpublished", async ({ request }) => {
    const { text, items } = await rssItems(request, "zh");
    await expectSeed(items, "zh");
    await expect(text).not.toMatch(UNPUBLISHED);
    await expect(items.some((i) => i.title === EN_SEED_TITLE)).toBe(false);
  });

  test("the English Atom feed carries the seed post in full and nothing unpublished", async ({ request }) => {
    const { text, items } = await atomItems(request, "en");
    await expectSeed(items, "en");
    await expect(text).not.toMatch(UNPUBLISHED);
  });

  test("the English JSON Feed carries the seed post in full and nothing unpublished", async ({ request }) => {
    const { text, items } = await jsonItems(request, "en");
    await expectSeed(items, "en");
    await expect(text).not.toMatch(UNPUBLISHED);
  });

  test("the other formats and languages are served too", async ({ request }) => {
    await expectSeed((await rssItems(request, "en")).items, "en");
    await expectSeed((await atomItems(request, "zh")).items, "zh");
    await expectSeed((await jsonItems(request, "zh")).items, "zh");
  });

  test("a title with &, <tag> and both quotes keeps the English feeds valid and arrives intact", async ({ request }) => {
    for (const { items } of [await rssItems(request, "en"), await atomItems(request, "en"), await jsonItems(request, "en")]) {
      const item = items.find((i) => new URL(i.link).pathname === "/en/posts/hostile-title-escaping");
      await expect(item?.title).toBe(HOSTILE_TITLE);
      await expect(item?.content).toContain('href="https://example.com/escaping"');
    }
  });

  test("a strict XML parser (the browser's) accepts every feed and the sitemap", async ({ page, request }) => {
    for (const path of ["/zh/feed.xml", "/en/feed.xml", "/zh/atom.xml", "/en/atom.xml", "/sitemap.xml"]) {
      const text = await (await request.get(path)).text();
      const error = await page.evaluate((xml) => new DOMParser().parseFromString(xml, "application/xml").querySelector("parsererror")?.textContent ?? null, text);
      await expect(error, path).toBeNull();
    }
  });
});

test.describe("being found by search engines", () => {
  test("the sitemap lists every published post with reciprocal hreflang alternates", async ({ request }) => {
    const { text, doc } = await fetchXml(request, "/sitemap.xml", /^application\/xml/);
    type Url = { loc: string; lastmod?: string; "xhtml:link"?: { "@rel": string; "@hreflang": string; "@href": string }[] };
    const urls: Url[] = doc.urlset.url;
    const byLoc = new Map(urls.map((u) => [u.loc, u]));
    await expect(byLoc.size).toBe(urls.length);

    for (const u of urls) await expect(new URL(u.loc).protocol).toMatch(/^https?:$/);
    const pathnames = urls.map((u) => decodeURIComponent(new URL(u.loc).pathname));
    for (const path of [...PUBLISHED_POSTS, "/zh", "/en", "/zh/tags", "/en/tags", "/zh/archive", "/en/archive", "/zh/tags/云原生"])
      await expect(pathnames).toContain(path);
    // Every post a feed lists is in the sitemap.
    for (const locale of ["zh", "en"]) for (const item of (await rssItems(request, locale)).items) await expect(byLoc.has(item.link)).toBe(true);

    await expect(text).not.toMatch(UNPUBLISHED);
    await expect(pathnames.filter((p) => /\/(drafts|translations|preview)(\/|$)/.test(p))).toEqual([]);
    await expect(pathnames).not.toContain("/zh/posts/en-only-platform-weekly");

    for (const u of urls) {
      const links = u["xhtml:link"] ?? [];
      await expect(links.length, `${u.loc} has alternates`).toBeGreaterThan(0);
      await expect(links.some((l) => l["@hreflang"] === "x-default"), `${u.loc} has x-default`).toBe(true);
      await expect(links.some((l) => l["@href"] === u.loc), `${u.loc} lists itself`).toBe(true);
      for (const link of links) {
        await expect(link["@rel"]).toBe("alternate");
        if (link["@hreflang"] === "x-default") continue;
        const other = byLoc.get(link["@href"]);
        await expect(other, `${link["@href"]} (alternate of ${u.loc}) is in the sitemap`).toBeTruthy();
        await expect((other!["xhtml:link"] ?? []).some((l) => l["@href"] === u.loc), `${link["@href"]} links back to ${u.loc}`).toBe(true);
      }
    }
    // A post in one language only has no other-language alternate; x-default is itself.
    const enOnly = urls.find((u) => u.loc.endsWith("/en/posts/en-only-platform-weekly"))!;
    await expect(enOnly["xhtml:link"]!.map((l) => l["@hreflang"]).sort()).toEqual(["en", "x-default"]);
    const seed = urls.find((u) => u.loc.endsWith(SEED_PATH("en")))!;
    await expect(seed["xhtml:link"]!.find((l) => l["@hreflang"] === "x-default")!["@href"]).toMatch(/\/zh\/posts\/sovereign-edge-ai-kubernetes$/);
    await expect(seed.lastmod).toBeTruthy();
  });

  test("robots.txt allows crawling and points to the sitemap", async ({ request }) => {
    const response = await request.get("/robots.txt");
    await expect(response.status()).toBe(200);
    const text = await response.text();
    await expect(text).toMatch(/^User-Agent: \*$/im);
    await expect(text).toMatch(/^Allow: \/$/m);
    await expect(text).toMatch(/^Sitemap: https?:\/\/[^/\s]+\/sitemap\.xml$/m);
    for (const path of ["/api/", "/zh/drafts", "/en/drafts", "/zh/translations", "/en/translations", "/zh/inbox", "/en/inbox", "/zh/preview/", "/en/preview/"])
      await expect(text).toContain(`Disallow: ${path}\n`);
  });
});
