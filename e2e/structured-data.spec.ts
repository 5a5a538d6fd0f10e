import { expect, test } from "./support/test";
import { readHead, sitemapPaths, siteOrigin, type PageHead } from "./support/page-head";

const ZH_SEED_TITLE = "云原生技术动态：主权AI与边缘计算驱动Kubernetes部署模式变革";
const EN_SEED_TITLE = "Cloud Native Roundup: Sovereign AI and Edge Computing Drive a Shift in Kubernetes Deployment Models";
const SEED_SOURCES = [
  "https://www.computerweekly.com/news/366637421/Sovereign-and-edge-AI-drive-return-to-on-premise-Kubernetes",
  "https://horovits.medium.com/state-of-cloud-native-2026-cncf-ctos-insights-and-predictions-479e6bbf793c",
  "https://portworx.com/blog/top-tech-trends-2026-kubernetes-ai-inference/",
];
const SEED = (locale: string) => `/${locale}/posts/sovereign-edge-ai-kubernetes`;
/** e2e/fixtures/posts/hostile-title-escaping/en.md */
const HOSTILE_PATH = "/en/posts/hostile-title-escaping";
const HOSTILE_TITLE = `Escaping Weekly: Fish & Chips, <tag> Soup, "Double" and 'Single' Quotes`;

type Thing = Record<string, unknown> & { "@type": string };

/** Every schema.org item of a page: each script may hold one item or a list. */
const items = (head: PageHead): Thing[] => head.jsonLd.flatMap((text) => [JSON.parse(text)].flat() as Thing[]);
const ofType = (head: PageHead, type: string) => items(head).filter((i) => i["@type"] === type);

test.describe("search engines read each page's structured data", () => {
  test("every page's JSON-LD parses, names schema.org and cannot close its <script>", async ({ page, request }) => {
    test.setTimeout(120_000);
    let scripts = 0;
    for (const path of await sitemapPaths(request)) {
      const head = await readHead(page, request, path);
      for (const text of head.jsonLd) {
        scripts++;
        await expect(() => JSON.parse(text), `${path}: JSON-LD is JSON`).not.toThrow();
        await expect(text, `${path}: no raw < > & in JSON-LD`).not.toMatch(/[<>&]/);
      }
      for (const item of items(head)) await expect(item["@context"], path).toBe("https://schema.org");
    }
    await expect(scripts).toBeGreaterThan(0);
  });

  test("the Chinese seed is a NewsArticle, the original of its English translation", async ({ page, request, baseURL }) => {
    const origin = siteOrigin(baseURL);
    const head = await readHead(page, request, SEED("zh"));
    const articles = ofType(head, "NewsArticle");
    await expect(articles).toHaveLength(1);
    const article = articles[0]!;
    await expect(article).toMatchObject({
      "@id": `${origin}${SEED("zh")}`,
      url: `${origin}${SEED("zh")}`,
      headline: ZH_SEED_TITLE,
      datePublished: "2026-01-18T00:00:00+08:00",
      // No `updated` in the front matter: modified when published.
      dateModified: "2026-01-18T00:00:00+08:00",
      inLanguage: "zh-Hans",
      author: { name: "云原生观察" },
      publisher: { "@type": "Organization", name: "云原生周报", url: `${origin}/` },
      image: [`${origin}${SEED("zh")}/og.png`],
      keywords: ["kubernetes", "sovereign-ai", "edge-computing", "cloud-native", "on-premise"],
    });
    await expect(typeof article.description === "string" && article.description.length > 0).toBe(true);
    await expect((article.citation as { url: string }[]).map((c) => c.url)).toEqual(SEED_SOURCES);
    await expect(article.workTranslation).toEqual([{ "@type": "NewsArticle", "@id": `${origin}${SEED("en")}`, inLanguage: "en" }]);
    await expect(article.translationOfWork).toBeUndefined();
  });

  test("the English seed is a translation of the Chinese original", async ({ page, request, baseURL }) => {
    const origin = siteOrigin(baseURL);
    const head = await readHead(page, request, SEED("en"));
    const [article] = ofType(head, "NewsArticle");
    await expect(article).toMatchObject({
      headline: EN_SEED_TITLE,
      datePublished: "2026-01-18T00:00:00+08:00",
      inLanguage: "en",
      author: { name: "Cloud Native Observer" },
      image: [`${origin}${SEED("en")}/og.png`],
      translationOfWork: { "@type": "NewsArticle", "@id": `${origin}${SEED("zh")}`, inLanguage: "zh-Hans" },
    });
    await expect((article!.citation as { url: string }[]).map((c) => c.url)).toEqual(SEED_SOURCES);
    await expect(article!.workTranslation).toBeUndefined();
  });

  for (const path of ["/zh/posts/zh-only-edge-gitops", "/en/posts/en-only-platform-weekly"]) {
    test(`a post in one language (${path}) names no translation`, async ({ page, request }) => {
      const head = await readHead(page, request, path);
      const articles = ofType(head, "NewsArticle");
      await expect(articles).toHaveLength(1);
      await expect(articles[0]!.workTranslation).toBeUndefined();
      await expect(articles[0]!.translationOfWork).toBeUndefined();
    });
  }

  test("the zh-only post dates itself with its time and offset", async ({ page, request }) => {
    const head = await readHead(page, request, "/zh/posts/zh-only-edge-gitops");
    await expect(ofType(head, "NewsArticle")[0]).toMatchObject({ datePublished: "2026-02-01T08:30:00+08:00", inLanguage: "zh-Hans" });
  });

  const trails = [
    { path: SEED("zh"), crumbs: [["云原生周报", "/zh"], [ZH_SEED_TITLE, SEED("zh")]] },
    { path: SEED("en"), crumbs: [["Cloud Native Weekly", "/en"], [EN_SEED_TITLE, SEED("en")]] },
    { path: "/en/tags/kubernetes", crumbs: [["Cloud Native Weekly", "/en"], ["Tags", "/en/tags"], ["Tag: kubernetes", "/en/tags/kubernetes"]] },
    { path: "/zh/tags/%E4%BA%91%E5%8E%9F%E7%94%9F", crumbs: [["云原生周报", "/zh"], ["标签", "/zh/tags"], ["标签：云原生", "/zh/tags/%E4%BA%91%E5%8E%9F%E7%94%9F"]] },
  ];
  for (const { path, crumbs } of trails) {
    test(`${decodeURIComponent(path)} has a breadcrumb trail`, async ({ page, request, baseURL }) => {
      const head = await readHead(page, request, path);
      const lists = ofType(head, "BreadcrumbList");
      await expect(lists).toHaveLength(1);
      await expect(lists[0]!.itemListElement).toEqual(
        crumbs.map(([name, crumb], i) => ({ "@type": "ListItem", position: i + 1, name, item: `${siteOrigin(baseURL)}${crumb}` })),
      );
    });
  }

  for (const locale of ["zh", "en"] as const) {
    test(`the ${locale} home describes the site and how to search it`, async ({ page, request, baseURL }) => {
      const origin = siteOrigin(baseURL);
      const head = await readHead(page, request, `/${locale}`);
      const sites = ofType(head, "WebSite");
      await expect(sites).toHaveLength(1);
      await expect(sites[0]).toMatchObject({
        name: locale === "zh" ? "云原生周报" : "Cloud Native Weekly",
        url: `${origin}/${locale}`,
        inLanguage: locale === "zh" ? "zh-Hans" : "en",
        potentialAction: {
          "@type": "SearchAction",
          target: { "@type": "EntryPoint", urlTemplate: `${origin}/${locale}/search?q={search_term_string}` },
          "query-input": "required name=search_term_string",
        },
      });
      // Posts are articles, not the site.
      await expect(ofType(await readHead(page, request, SEED(locale)), "WebSite")).toHaveLength(0);
    });
  }

  test("a title with &, <tag> and both quotes survives JSON-LD, <title> and Open Graph intact", async ({ page, request }) => {
    const head = await readHead(page, request, HOSTILE_PATH);
    await expect(head.jsonLd.length).toBeGreaterThan(0);
    for (const text of head.jsonLd) {
      await expect(text).not.toContain("<");
      await expect(text).toContain("\\u003ctag\\u003e");
    }
    // The raw HTML holds exactly the one </script> per JSON-LD script: nothing in the title closed it early.
    const raw = head.html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g) ?? [];
    await expect(raw).toHaveLength(head.jsonLd.length);
    await expect(ofType(head, "NewsArticle")[0]!.headline).toBe(HOSTILE_TITLE);
    await expect(ofType(head, "BreadcrumbList")[0]!.itemListElement).toContainEqual(expect.objectContaining({ name: HOSTILE_TITLE }));
    // The layout's title template appends the site name.
    await expect(head.title).toBe(`${HOSTILE_TITLE} · Cloud Native Weekly`);
    await expect(head.meta["og:title"]).toEqual([HOSTILE_TITLE]);
    await expect(head.meta["twitter:title"]).toEqual([HOSTILE_TITLE]);

    // And in a real browser tab.
    await page.goto(HOSTILE_PATH);
    await expect(page).toHaveTitle(`${HOSTILE_TITLE} · Cloud Native Weekly`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(HOSTILE_TITLE);
  });
});
