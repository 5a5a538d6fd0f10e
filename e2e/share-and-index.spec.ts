import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type APIRequestContext, type APIResponse, type Page } from "./support/test";
import { e2eDistDir } from "./support/dist-dir";
import { crawlSite, localeOf, readHead, samePath, siteOrigin, type PageHead } from "./support/page-head";

const HREFLANG = { zh: "zh-Hans", en: "en" } as const;
const OG_LOCALE = { zh: "zh_CN", en: "en_US" } as const;
const SITE_NAME = { zh: "云原生周报", en: "Cloud Native Weekly" } as const;
const SEED_TAGS = ["kubernetes", "sovereign-ai", "edge-computing", "cloud-native", "on-premise"];
const HAN = /\p{Script=Han}/u;
const isPost = (path: string) => /^\/(zh|en)\/posts\/[^/]+$/.test(path);

// One crawl per worker: every test below reads the same pages.
let crawled: Promise<Map<string, PageHead>> | null = null;
function site(page: Page, request: APIRequestContext) {
  crawled ??= crawlSite(page, request).catch((error) => {
    crawled = null;
    throw error;
  });
  return crawled;
}

const one = (head: PageHead, key: string) => head.meta[key]?.[0];

async function expectSharePng(response: APIResponse) {
  await expect(response.status()).toBe(200);
  await expect(response.headers()["content-type"]).toBe("image/png");
  const png = await response.body();
  await expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  await expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
  await expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: 1200, height: 630 });
}

test.describe("being found by search engines and shared as a link", () => {
  test.describe.configure({ timeout: 120_000 });

  test("every page has one absolute canonical URL: its own", async ({ page, request, baseURL }) => {
    const pages = await site(page, request);
    // The sitemap's pages, both search pages and the later pages of lists.
    await expect(pages.size).toBeGreaterThan(20);
    await expect([...pages.keys()]).toEqual(expect.arrayContaining(["/zh", "/en", "/en/page/2", "/zh/search", "/en/search"]));
    for (const [path, head] of pages) {
      await expect(head.canonicals, `${path}: one canonical link`).toHaveLength(1);
      await expect(head.canonicalsInHead, `${path}: the canonical link is in <head>`).toBe(1);
      const canonical = new URL(head.canonicals[0]!);
      await expect(canonical.origin, `${path}: canonical is absolute, on the site's origin`).toBe(siteOrigin(baseURL));
      await expect(head.canonicals[0], `${path}: canonical is absolute`).toMatch(/^http:\/\/localhost:\d+\//);
      await expect(canonical.pathname, `${path}: canonical is the page itself`).toBe(path);
      await expect(canonical.search + canonical.hash).toBe("");
    }
  });

  test("hreflang alternates are absolute, self-referencing, with x-default, and reciprocal across the site", async ({ page, request, baseURL }) => {
    const pages = await site(page, request);
    const origin = siteOrigin(baseURL);
    for (const [path, head] of pages) {
      const locale = localeOf(path);
      const byLang = new Map(head.alternates.map((a) => [a.hreflang, a.href]));
      await expect(byLang.size, `${path}: one alternate per hreflang`).toBe(head.alternates.length);
      await expect([...byLang.keys()].every((h) => ["zh-Hans", "en", "x-default"].includes(h)), `${path}: ${[...byLang.keys()]}`).toBe(true);
      for (const { href } of head.alternates) await expect(href.startsWith(`${origin}/`), `${path}: ${href} is absolute`).toBe(true);
      await expect(byLang.get(HREFLANG[locale]), `${path} lists itself`).toBe(`${origin}${path}`);
      await expect(byLang.has("x-default"), `${path} has x-default`).toBe(true);
      // x-default is the Chinese page where there is one, else the page that exists.
      await expect(byLang.get("x-default")).toBe(byLang.get("zh-Hans") ?? byLang.get("en"));

      for (const [hreflang, href] of byLang) {
        if (hreflang === "x-default") continue;
        const other = pages.get(samePath(href));
        await expect(other, `${href} (${hreflang} alternate of ${path}) is a page of the site`).toBeTruthy();
        const back = other!.alternates.find((a) => a.hreflang === HREFLANG[locale]);
        await expect(back?.href, `${href} links back to ${path} as ${HREFLANG[locale]}`).toBe(`${origin}${path}`);
      }
    }
  });

  test("a post in one language lists no alternate in the other", async ({ page, request }) => {
    const pages = await site(page, request);
    const zhOnly = pages.get("/zh/posts/zh-only-edge-gitops")!;
    await expect(zhOnly.alternates.map((a) => a.hreflang).sort()).toEqual(["x-default", "zh-Hans"]);
    await expect(pages.has("/en/posts/zh-only-edge-gitops")).toBe(false);
    const enOnly = pages.get("/en/posts/en-only-platform-weekly")!;
    await expect(enOnly.alternates.map((a) => a.hreflang).sort()).toEqual(["en", "x-default"]);
    await expect(enOnly.alternates.find((a) => a.hreflang === "x-default")!.href).toMatch(/\/en\/posts\/en-only-platform-weekly$/);
    const seed = pages.get("/en/posts/sovereign-edge-ai-kubernetes")!;
    await expect(seed.alternates.map((a) => a.hreflang).sort()).toEqual(["en", "x-default", "zh-Hans"]);
  });

  test("every page has a title and a description in its own language", async ({ page, request }) => {
    const pages = await site(page, request);
    await expect(pages.get("/zh")!.title).toBe("云原生周报");
    await expect(pages.get("/en")!.title).toBe("Cloud Native Weekly");
    for (const [path, head] of pages) {
      const locale = localeOf(path);
      await expect(head.lang, path).toBe(HREFLANG[locale]);
      await expect(head.title, `${path}: title names the site in its language`).toMatch(new RegExp(`(^| · )${SITE_NAME[locale]}$`));
      const descriptions = head.meta.description ?? [];
      await expect(descriptions, `${path}: one description`).toHaveLength(1);
      await expect(descriptions[0]!.trim().length, `${path}: description is not empty`).toBeGreaterThan(0);
      if (locale === "zh") await expect(descriptions[0], `${path}: Chinese description`).toMatch(HAN);
      else await expect(descriptions[0], `${path}: English description`).not.toMatch(HAN);
      await expect(one(head, "og:title"), `${path}: og:title`).toBeTruthy();
      await expect(one(head, "og:description"), `${path}: og:description`).toBe(descriptions[0]);
    }
  });

  test("Open Graph locale, type and URL match the page and its translations", async ({ page, request, baseURL }) => {
    const pages = await site(page, request);
    for (const [path, head] of pages) {
      const locale = localeOf(path);
      const other = locale === "zh" ? "en" : "zh";
      await expect(head.meta["og:locale"], path).toEqual([OG_LOCALE[locale]]);
      const translated = head.alternates.some((a) => a.hreflang === HREFLANG[other]);
      // og:locale:alternate exactly where hreflang lists a translation.
      await expect(head.meta["og:locale:alternate"] ?? [], path).toEqual(translated ? [OG_LOCALE[other]] : []);
      await expect(one(head, "og:url"), path).toBe(`${siteOrigin(baseURL)}${path}`);
      await expect(head.meta["og:type"], path).toEqual([isPost(path) ? "article" : "website"]);
      await expect(head.meta["og:site_name"], path).toEqual([SITE_NAME[locale]]);
    }
    await expect(pages.get("/zh/posts/zh-only-edge-gitops")!.meta["og:locale:alternate"]).toBeUndefined();
    await expect(pages.get("/zh/posts/sovereign-edge-ai-kubernetes")!.meta["og:locale:alternate"]).toEqual(["en_US"]);
  });

  test("a post shares as an article with its date, tags and a large image card", async ({ page, request, baseURL }) => {
    const pages = await site(page, request);
    const posts = [...pages].filter(([path]) => isPost(path));
    await expect(posts.length).toBeGreaterThanOrEqual(7);
    for (const [path, head] of posts) {
      await expect(head.meta["article:published_time"], path).toHaveLength(1);
      await expect(one(head, "article:published_time"), path).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
      await expect(head.meta["article:tag"]?.length, `${path}: article:tag per tag`).toBeGreaterThan(0);
      await expect(head.meta["twitter:card"], path).toEqual(["summary_large_image"]);
      await expect(one(head, "og:image"), path).toBe(`${siteOrigin(baseURL)}${path}/og.png`);
      await expect(one(head, "og:image:width"), path).toBe("1200");
      await expect(one(head, "og:image:height"), path).toBe("630");
      await expect(one(head, "twitter:image"), path).toBe(one(head, "og:image"));
    }
    for (const locale of ["zh", "en"] as const) {
      const seed = pages.get(`/${locale}/posts/sovereign-edge-ai-kubernetes`)!;
      await expect(seed.meta["article:published_time"]).toEqual(["2026-01-18T00:00:00+08:00"]);
      await expect(seed.meta["article:tag"]).toEqual(SEED_TAGS);
    }
    const zhOnly = pages.get("/zh/posts/zh-only-edge-gitops")!;
    await expect(zhOnly.meta["article:published_time"]).toEqual(["2026-02-01T08:30:00+08:00"]);
    // Front matter `tags: 云原生 边缘计算 gitops`, a Jekyll space-separated string.
    await expect(zhOnly.meta["article:tag"]).toEqual(["云原生", "边缘计算", "gitops"]);

    // The other pages are not articles, and have no image of their own.
    for (const [path, head] of pages) {
      if (isPost(path)) continue;
      await expect(head.meta["article:published_time"], path).toBeUndefined();
      await expect(head.meta["twitter:card"], path).toEqual(["summary"]);
    }
  });

  for (const path of ["/zh/posts/sovereign-edge-ai-kubernetes", "/en/posts/mdx-service-mesh-roundup"]) {
    test(`the share image of ${path} is a 1200×630 PNG`, async ({ page, request }) => {
      const head = await readHead(page, request, path);
      const image = new URL(one(head, "og:image")!);
      await expectSharePng(await request.get(image.pathname));
    });
  }

  test("the newest issue's share image is drawn at build time, an older one on its first request and then kept", async ({ request }) => {
    // The e2e site prerenders one image per language (DIGEST_OG_PRERENDER=1): the newest post's.
    const app = join(e2eDistDir(), "server", "app");
    await expect(existsSync(join(app, "zh", "posts", "zh-only-edge-gitops", "og.png.body"))).toBe(true);
    await expect(existsSync(join(app, "en", "posts", "en-only-platform-weekly", "og.png.body"))).toBe(true);
    await expect(existsSync(join(app, "en", "posts", "hostile-title-escaping", "og.png.body"))).toBe(false);

    const url = "/en/posts/hostile-title-escaping/og.png";
    const first = await request.get(url);
    await expectSharePng(first);
    const again = await request.get(url);
    await expectSharePng(again);
    await expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
    await expect((await again.body()).equals(await first.body())).toBe(true);
  });

  test("only a published post has a share image", async ({ request }) => {
    for (const url of [
      "/zh/posts/draft-unpublished-digest/og.png",
      "/en/posts/scheduled-future-digest/og.png",
      "/zh/posts/no-such-digest/og.png",
      // Each language has its own image: there is no English zh-only-edge-gitops.
      "/en/posts/zh-only-edge-gitops/og.png",
      "/fr/posts/sovereign-edge-ai-kubernetes/og.png",
    ]) {
      const response = await request.get(url);
      await expect(response.status(), url).toBe(404);
      await expect(response.headers()["content-type"], url).not.toBe("image/png");
    }
  });

  for (const path of ["/zh", "/en", "/zh/posts/sovereign-edge-ai-kubernetes", "/en/posts/sovereign-edge-ai-kubernetes", "/zh/posts/zh-only-edge-gitops"]) {
    test(`${path} announces its language's feeds in <head>`, async ({ page, request, baseURL }) => {
      const head = await readHead(page, request, path);
      const locale = localeOf(path);
      const feeds = head.feeds.filter((f) => f.type !== "text/html");
      await expect(feeds.map(({ type, href, inHead }) => ({ type, href, inHead }))).toEqual([
        { type: "application/rss+xml", href: `${siteOrigin(baseURL)}/${locale}/feed.xml`, inHead: true },
        { type: "application/atom+xml", href: `${siteOrigin(baseURL)}/${locale}/atom.xml`, inHead: true },
        { type: "application/feed+json", href: `${siteOrigin(baseURL)}/${locale}/feed.json`, inHead: true },
      ]);
      for (const feed of feeds) await expect((await request.get(new URL(feed.href).pathname)).status(), feed.href).toBe(200);
    });
  }
});
