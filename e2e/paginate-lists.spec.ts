import { expect, test, type APIRequestContext } from "./support/test";
import { readHead, sitemapPaths, siteOrigin } from "./support/page-head";

/** DIGEST_PAGE_SIZE of the e2e build (scripts/test/e2e-server.mjs). */
const PAGE_SIZE = 3;
const LABELS = {
  zh: { nav: "分页", older: /下一页/, newer: /上一页/ },
  en: { nav: "Pagination", older: /Older posts/, newer: /Newer posts/ },
} as const;

/** The published posts of a locale, as the sitemap lists them. */
async function postsIn(request: APIRequestContext, locale: "zh" | "en") {
  return (await sitemapPaths(request)).filter((p) => p.startsWith(`/${locale}/posts/`));
}

test.describe("paging through the latest issues", () => {
  test("the English home shows the newest three, and older posts on the later pages", async ({ page, request }) => {
    const posts = await postsIn(request, "en");
    // The seed, the MDX, the English-only, the hostile-title and the four numbered fixtures: 3 + 3 + 2.
    await expect(posts).toHaveLength(8);

    await page.goto("/en");
    const main = page.getByRole("main");
    const pager = page.getByRole("navigation", { name: "Pagination" });
    const links = () => main.getByRole("article").getByRole("heading").getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    await expect(main.getByRole("article")).toHaveCount(PAGE_SIZE);
    await expect(pager).toContainText("Page 1 of 3");
    await expect(pager.getByRole("link", { name: LABELS.en.newer })).toHaveCount(0);
    const seen = await links();

    await pager.getByRole("link", { name: LABELS.en.older }).click();
    await expect(page).toHaveURL("/en/page/2");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Page 2");
    await expect(main.getByRole("article")).toHaveCount(PAGE_SIZE);
    await expect(pager).toContainText("Page 2 of 3");
    seen.push(...(await links()));

    await pager.getByRole("link", { name: LABELS.en.older }).click();
    await expect(page).toHaveURL("/en/page/3");
    await expect(main.getByRole("article")).toHaveCount(2);
    await expect(pager).toContainText("Page 3 of 3");
    await expect(pager.getByRole("link", { name: LABELS.en.older })).toHaveCount(0);
    seen.push(...(await links()));
    // Every published post once, across the pages.
    await expect(seen.sort()).toEqual([...posts].sort());

    await pager.getByRole("link", { name: LABELS.en.newer }).click();
    await expect(page).toHaveURL("/en/page/2");
    await pager.getByRole("link", { name: LABELS.en.newer }).click();
    await expect(page).toHaveURL("/en");
    await expect(main.getByRole("article")).toHaveCount(PAGE_SIZE);
  });

  for (const path of ["/en/page/1", "/en/page/4", "/en/page/99", "/en/page/02", "/en/page/abc"]) {
    test(`${path} is not a page`, async ({ page }) => {
      const response = await page.goto(path);
      await expect(response?.status()).toBe(404);
    });
  }

  test("a later page is its own canonical and lists only the languages that have it", async ({ page, request, baseURL }) => {
    const origin = siteOrigin(baseURL);
    const zhPages = Math.ceil((await postsIn(request, "zh")).length / PAGE_SIZE);
    const head = await readHead(page, request, "/en/page/2");
    await expect(head.canonicals).toEqual([`${origin}/en/page/2`]);
    const expected = [{ hreflang: "en", href: `${origin}/en/page/2` }];
    if (zhPages >= 2) expected.unshift({ hreflang: "zh-Hans", href: `${origin}/zh/page/2` });
    expected.push({ hreflang: "x-default", href: `${origin}/${zhPages >= 2 ? "zh" : "en"}/page/2` });
    await expect(head.alternates).toEqual(expected);
    await expect(head.title).toBe("Latest issues · Page 2 · Cloud Native Weekly");
  });

  test("the Chinese home paginates only past three posts", async ({ page, request }) => {
    const posts = await postsIn(request, "zh");
    await page.goto("/zh");
    const main = page.getByRole("main");
    await expect(main.getByRole("article")).toHaveCount(Math.min(posts.length, PAGE_SIZE));
    const pager = page.getByRole("navigation", { name: LABELS.zh.nav });
    if (posts.length > PAGE_SIZE) {
      await pager.getByRole("link", { name: LABELS.zh.older }).click();
      await expect(page).toHaveURL("/zh/page/2");
      await expect(main.getByRole("article")).toHaveCount(Math.min(posts.length - PAGE_SIZE, PAGE_SIZE));
    } else {
      // The seed, the MDX fixture and the Chinese-only fixture: one page, no pager, no page 2.
      await expect(pager).toHaveCount(0);
      await expect((await request.get("/zh/page/2")).status()).toBe(404);
    }
  });

  test("a tag with no more than three posts is one page", async ({ page, request }) => {
    // kubernetes, in English: the seed, the MDX and the English-only fixtures.
    await page.goto("/en/tags/kubernetes");
    await expect(page.getByRole("main").getByRole("article")).toHaveCount(3);
    await expect(page.getByRole("navigation", { name: "Pagination" })).toHaveCount(0);
    await expect((await request.get("/en/tags/kubernetes/page/2")).status()).toBe(404);
    const head = await readHead(page, request, "/en/tags/kubernetes");
    await expect(head.canonicals).toHaveLength(1);
    await expect(new URL(head.canonicals[0]!).pathname).toBe("/en/tags/kubernetes");
  });
});
