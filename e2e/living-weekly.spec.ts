import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./support/test";
import sharp from "sharp";
import { readHead, sitemapPaths } from "./support/page-head";

// A weekly lives by its next issue: numbers, images beside the post, an
// archive by year, tags and categories that grow past one page. All on the
// fixtures (e2e/fixtures/posts): four numbered issues of December 2025 share
// the tag "observability" and the category "weekly" (page size 3).
const REVIEW = { zh: "/zh/posts/year-end-observability-review", en: "/en/posts/year-end-observability-review" };
const fixture = (...parts: string[]) => path.join(process.cwd(), "e2e", "fixtures", "posts", ...parts);
const hashOf = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex").slice(0, 16);

test.describe("issue numbers", () => {
  test("第 N 期 and Issue N on the post, its card, the archive and the feed", async ({ page, request }) => {
    await page.goto(REVIEW.zh);
    await expect(page.locator("main header").getByText("第 4 期", { exact: true })).toBeVisible();
    await page.goto(REVIEW.en);
    await expect(page.locator("main header").getByText("Issue 4", { exact: true })).toBeVisible();

    await page.goto("/en/tags/observability");
    const card = page.getByRole("article").filter({ has: page.getByRole("link", { name: "Year-End Review: A Year of Observability" }) });
    await expect(card.getByText("Issue 4", { exact: true })).toBeVisible();

    await page.goto("/zh/archive/2025");
    const row = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "年终回顾：可观测性的一年" }) });
    await expect(row.getByText("第 4 期", { exact: true })).toBeVisible();

    const rss = await (await request.get("/en/feed.xml")).text();
    await expect(rss).toContain("<title><![CDATA[Issue 4: Year-End Review: A Year of Observability]]></title>");
    const zhFeed = await (await request.get("/zh/feed.json")).json();
    await expect(zhFeed.items.map((i: { title: string }) => i.title)).toContain("第 4 期：年终回顾：可观测性的一年");
    // A post without a number shows none.
    await page.goto("/en/posts/mdx-service-mesh-roundup");
    await expect(page.locator("main header")).not.toContainText(/Issue \d/);
  });
});

test.describe("images beside the post", () => {
  test("load in production under a hashed URL, with width and height, lazy below the lead", async ({ page, request }) => {
    const chart = hashOf(fixture("year-end-observability-review", "adoption-chart.png"));
    await page.goto(REVIEW.en);
    const lead = page.getByRole("img", { name: "Bar chart of observability technology adoption in 2025" });
    await expect(lead).toHaveAttribute("src", `/media/${chart}.png`);
    await expect(lead).toHaveAttribute("width", "1200");
    await expect(lead).toHaveAttribute("height", "600");
    await expect(lead).not.toHaveAttribute("loading", "lazy");
    await expect(lead).toHaveAttribute("srcset", `/media/${chart}-480.webp 480w, /media/${chart}-960.webp 960w, /media/${chart}.png 1200w`);
    await expect.poll(() => lead.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);

    const inItem = page.getByRole("img", { name: "Latency compared across three quarters" });
    await expect(inItem).toHaveAttribute("loading", "lazy");
    await expect(inItem).toHaveAttribute("width", "800");
    await inItem.scrollIntoViewIfNeeded();
    await expect.poll(() => inItem.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

    // The Chinese page uses the same files.
    await page.goto(REVIEW.zh);
    await expect(page.getByRole("img", { name: "2025 年各项可观测性技术的采用率柱状图" })).toHaveAttribute("src", `/media/${chart}.png`);

    for (const [url, type] of [[`/media/${chart}.png`, "image/png"], [`/media/${chart}-480.webp`, "image/webp"]] as const) {
      const response = await request.get(url);
      await expect(response.status(), url).toBe(200);
      await expect(response.headers()["content-type"]).toBe(type);
    }
    const copy = await sharp(await (await request.get(`/media/${chart}-480.webp`)).body()).metadata();
    await expect([copy.format, copy.width, copy.height]).toEqual(["webp", 480, 240]);
  });

  test("an SVG is served as it is, sandboxed", async ({ page, request }) => {
    const svg = hashOf(fixture("gateway-api-observability", "topology.svg"));
    await page.goto("/en/posts/gateway-api-observability");
    const img = page.getByRole("img", { name: "Gateway topology: client, gateway and backend service" });
    await expect(img).toHaveAttribute("src", `/media/${svg}.svg`);
    await expect(img).toHaveAttribute("width", "640");
    await expect(img).not.toHaveAttribute("srcset", /./);
    const response = await request.get(`/media/${svg}.svg`);
    await expect(response.headers()["content-type"]).toMatch(/^image\/svg\+xml/);
    await expect(response.headers()["content-security-policy"]).toContain("sandbox");
  });

  test("feeds carry absolute image URLs; a draft's image is never published", async ({ request }) => {
    const chart = hashOf(fixture("year-end-observability-review", "adoption-chart.png"));
    const rss = await (await request.get("/en/feed.xml")).text();
    await expect(rss).toMatch(new RegExp(`<img src="https?://[^"]+/media/${chart}\\.png" alt="Bar chart[^"]*" width="1200" height="600"`));
    const draft = hashOf(fixture("draft-unpublished-digest", "draft-only-chart.png"));
    await expect((await request.get(`/media/${draft}.png`)).status()).toBe(404);
    await expect((await request.get("/media/0000000000000000.png")).status()).toBe(404);
  });
});

test.describe("the archive", () => {
  test("lists the years with counts and the newest year's issues; each year has its page", async ({ page }) => {
    await page.goto("/en/archive");
    const years = page.getByRole("navigation", { name: "Years" });
    await expect(years.getByRole("link", { name: /^2025\b/ })).toContainText("4 posts");
    await expect(years.getByRole("link", { name: /^2026\b/ })).toBeVisible();
    const newest = page.getByRole("region", { name: /^2026/ });
    await expect(newest.getByRole("link", { name: "Service Mesh Roundup, written in MDX" })).toBeVisible();
    // Older years are on their own pages, not here.
    await expect(page.getByRole("main").getByRole("link", { name: "eBPF Observability Weekly" })).toHaveCount(0);

    await years.getByRole("link", { name: /^2025\b/ }).click();
    await expect(page).toHaveURL("/en/archive/2025");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Archive 2025");
    const pager = await years.getByRole("link").allTextContents();
    const titles = await page.getByRole("main").getByRole("listitem").getByRole("link").allTextContents();
    await expect(titles.filter((t) => !pager.includes(t))).toEqual([
      "Year-End Review: A Year of Observability",
      "Observability for the Gateway API",
      "OpenTelemetry Profiles Reach Stability",
      "eBPF Observability Weekly",
    ]);
    // A year page links to its neighbours and to the list of all years, not to every year.
    await expect(years.getByRole("link")).toHaveText([/2026/, "All years"]);
    await years.getByRole("link", { name: "Newer year 2026" }).click();
    await expect(page).toHaveURL("/en/archive/2026");
    await expect(years.getByRole("link")).toHaveText(["All years", /2025/]);
    await years.getByRole("link", { name: "Older year 2025" }).click();
    await expect(page).toHaveURL("/en/archive/2025");
    await years.getByRole("link", { name: "All years" }).click();
    await expect(page).toHaveURL("/en/archive");
  });

  test("year pages are in the sitemap with hreflang, and switch language to the same year", async ({ page, request }) => {
    const paths = await sitemapPaths(request);
    await expect(paths).toEqual(expect.arrayContaining(["/zh/archive/2025", "/en/archive/2025", "/zh/archive/2026", "/en/archive/2026"]));
    const head = await readHead(page, request, "/zh/archive/2025");
    await expect(head.alternates.map((a) => `${a.hreflang} ${new URL(a.href).pathname}`).sort()).toEqual(["en /en/archive/2025", "x-default /zh/archive/2025", "zh-Hans /zh/archive/2025"]);
    await page.goto("/zh/archive/2025");
    await page.getByRole("banner").getByRole("link", { name: "English", exact: true }).click();
    await expect(page).toHaveURL("/en/archive/2025");
    await expect((await request.get("/en/archive/1999")).status()).toBe(404);
  });
});

test.describe("terms past one page", () => {
  for (const [base, name] of [["/en/tags/observability", "tag"], ["/zh/categories/weekly", "category"]] as const) {
    test(`a ${name} with four issues has a second page`, async ({ page }) => {
      await page.goto(base);
      await expect(page.getByRole("main").getByRole("article")).toHaveCount(3);
      await page.goto(`${base}/page/2`);
      await expect(page.getByRole("main").getByRole("article")).toHaveCount(1);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    });
  }
});
