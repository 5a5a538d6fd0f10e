import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect, test, type APIRequestContext } from "./support/test";

// e2e/fixtures: issues 1-4 carry the tag "observability" (named 可观测性 /
// Observability in e2e/fixtures/taxonomy.yml) and the category "weekly"
// (周报 / Weekly roundup); zh-only-edge-gitops alone has the tag 云原生.
const OBSERVABILITY = ["ebpf-observability-weekly", "opentelemetry-profiles-weekly", "gateway-api-observability", "year-end-observability-review"];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  isArray: (name) => ["item", "entry", "link", "outline"].includes(name),
});

async function get(request: APIRequestContext, path: string, type: RegExp) {
  const response = await request.get(path);
  await expect(response.status(), path).toBe(200);
  await expect(response.headers()["content-type"]).toMatch(type);
  const text = await response.text();
  if (!type.source.includes("json")) {
    const valid = XMLValidator.validate(text);
    await expect(valid === true ? true : valid.err.msg).toBe(true);
  }
  return text;
}

/** Every format of one feed as { title, links }: the items' post URLs as site paths. */
async function readFeeds(request: APIRequestContext, base: string) {
  const rss = parser.parse(await get(request, `${base}/feed.xml`, /^application\/rss\+xml/)).rss.channel;
  const atom = parser.parse(await get(request, `${base}/atom.xml`, /^application\/atom\+xml/)).feed;
  const json = JSON.parse(await get(request, `${base}/feed.json`, /^application\/feed\+json/));
  const path = (url: string) => new URL(url).pathname;
  return [
    { format: "rss", title: rss.title as string, links: (rss.item ?? []).map((i: { link: string }) => path(i.link)) },
    { format: "atom", title: atom.title as string, links: (atom.entry ?? []).map((e: { link: { "@href": string }[] }) => path(e.link[0]!["@href"])) },
    { format: "json", title: json.title as string, links: json.items.map((i: { url: string }) => path(i.url)) },
  ];
}

const sorted = (list: string[]) => [...list].sort();

test.describe("a feed per tag and category", () => {
  test("a tag's feeds, in every format, hold only that tag's posts and carry its name", async ({ request }) => {
    for (const locale of ["zh", "en"]) {
      const name = locale === "zh" ? "可观测性" : "Observability";
      for (const feed of await readFeeds(request, `/${locale}/tags/observability`)) {
        await expect(feed.title, `${locale} ${feed.format}`).toContain(name);
        await expect(feed.title).not.toContain("observability");
        await expect(sorted(feed.links), `${locale} ${feed.format}`).toEqual(sorted(OBSERVABILITY.map((s) => `/${locale}/posts/${s}`)));
      }
    }
  });

  test("a Chinese tag's feed and a category's feed", async ({ request }) => {
    for (const feed of await readFeeds(request, "/zh/tags/%E4%BA%91%E5%8E%9F%E7%94%9F")) {
      await expect(feed.links).toEqual(["/zh/posts/zh-only-edge-gitops"]);
    }
    for (const feed of await readFeeds(request, "/en/categories/weekly")) {
      await expect(feed.title).toContain("Weekly roundup");
      await expect(sorted(feed.links)).toEqual(sorted(OBSERVABILITY.map((s) => `/en/posts/${s}`)));
    }
    // A tag no published post has (a draft's) has no feed.
    await expect((await request.get("/zh/tags/draft-only-tag/feed.xml")).status()).toBe(404);
  });

  test("a tag page advertises its feeds and has a visible follow link", async ({ page, request }) => {
    await page.goto("/zh/tags/observability");
    for (const [type, file] of [["application/rss+xml", "feed.xml"], ["application/atom+xml", "atom.xml"], ["application/feed+json", "feed.json"]]) {
      const link = page.locator(`head link[rel="alternate"][type="${type}"][href$="/zh/tags/observability/${file}"]`);
      await expect(link).toHaveCount(1);
      await expect(link).toHaveAttribute("title", /可观测性/);
    }
    const follow = page.getByRole("main").getByRole("link", { name: /订阅此标签/ });
    await expect(follow).toBeVisible();
    await expect(follow).toHaveAttribute("href", "/zh/tags/observability/feed.xml");
    await page.goto("/en/categories/weekly");
    const category = page.getByRole("main").getByRole("link", { name: /Follow this category/ });
    await expect(category).toHaveAttribute("href", "/en/categories/weekly/feed.xml");
    await expect((await request.get((await category.getAttribute("href"))!)).status()).toBe(200);
  });

  test("feeds.opml lists the site's feed and one per tag and category, each of which answers", async ({ page, request }) => {
    const opml = parser.parse(await get(request, "/en/feeds.opml", /^text\/x-opml/)).opml;
    const outlines: { "@text": string; "@xmlUrl"?: string; outline?: unknown[] }[] = opml.body.outline.flatMap((g: { outline: unknown[] }) => g.outline);
    const feeds = outlines.map((o) => new URL(o["@xmlUrl"]!).pathname);
    await expect(feeds).toContain("/en/feed.xml");
    await expect(feeds).toContain("/en/categories/weekly/feed.xml");
    // Every tag of the tag index, and no other.
    await page.goto("/en/tags");
    const tags = await page.getByRole("main").locator('a[href^="/en/tags/"]').evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    await expect(tags.length).toBeGreaterThan(3);
    await expect(sorted(feeds.filter((f) => f.startsWith("/en/tags/")))).toEqual(sorted(tags.map((t) => `${t}/feed.xml`)));
    await expect(outlines.find((o) => o["@xmlUrl"]?.endsWith("/en/tags/observability/feed.xml"))?.["@text"]).toBe("Observability");
    for (const feed of feeds) {
      await expect(feed.startsWith("/en/")).toBe(true);
      await expect((await request.get(feed)).status(), feed).toBe(200);
    }
  });
});
