import { expect, test } from "./support/test";
import { readHead } from "./support/page-head";

// Readers see tags and categories by name (e2e/fixtures/taxonomy.yml), in the
// page's language, while URLs keep the slug. "sre" has no name: its slug shows.
const POST = { zh: "/zh/posts/year-end-observability-review", en: "/en/posts/year-end-observability-review" };

test.describe("names of tags and categories", () => {
  test("the post header and its cards, in both languages", async ({ page }) => {
    await page.goto(POST.zh);
    const header = page.locator("main header");
    await expect(header.getByRole("link", { name: "周报", exact: true })).toHaveAttribute("href", "/zh/categories/weekly");
    await expect(header.getByRole("link", { name: "#可观测性", exact: true })).toHaveAttribute("href", "/zh/tags/observability");
    await expect(header.getByRole("link", { name: "#sre", exact: true })).toHaveAttribute("href", "/zh/tags/sre");
    await page.goto(POST.en);
    await expect(page.locator("main header").getByRole("link", { name: "Weekly roundup", exact: true })).toBeVisible();
    await expect(page.locator("main header").getByRole("link", { name: "#Observability", exact: true })).toBeVisible();

    await page.goto("/en/tags/sre");
    await expect(page.getByRole("article").first().getByRole("link", { name: "#Observability", exact: true })).toBeVisible();
  });

  test("the tag index, and the term pages' heading, title, description and Open Graph", async ({ page, request }) => {
    await page.goto("/zh/tags");
    const main = page.getByRole("main");
    await expect(main.getByRole("link", { name: /^#可观测性/ })).toHaveAttribute("href", "/zh/tags/observability");
    await expect(main.getByRole("link", { name: /^#可观测性/ })).toContainText("4 篇");
    await expect(main.getByRole("link", { name: /^#observability/ })).toHaveCount(0);

    await page.goto("/zh/tags/observability");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("标签：可观测性");
    const zh = await readHead(page, request, "/zh/tags/observability");
    await expect(zh.title).toContain("标签：可观测性");
    await expect(zh.meta.description).toEqual(["指标、日志、追踪与性能剖析。"]);
    await expect(zh.meta["og:title"]?.[0]).toContain("标签：可观测性");

    const en = await readHead(page, request, "/en/categories/weekly");
    await expect(en.title).toContain("Category: Weekly roundup");
    await page.goto("/en/categories/weekly/page/2");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Category: Weekly roundup");
  });

  test("feeds and structured data use the names", async ({ page, request }) => {
    const rss = await (await request.get("/en/feed.xml")).text();
    await expect(rss).toContain("<category>Observability</category>");
    await expect(rss).not.toContain("<category>observability</category>");
    const head = await readHead(page, request, POST.zh);
    const article = head.jsonLd.map((j) => JSON.parse(j)).flat().find((d: { "@type"?: string }) => d["@type"] === "NewsArticle");
    await expect(article.keywords).toEqual(["可观测性", "sre"]);
  });
});
