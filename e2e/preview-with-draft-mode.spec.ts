import { browserTarget, openRedirectPayloads } from "../test/open-redirect-payloads";
import { expect, test, type Page } from "./support/test";

// An editor previews an unpublished post on the deployed site through draft
// mode: /api/draft?secret=…&path=…, and /api/draft/disable to end it.
// scripts/test/e2e-server.mjs builds with DRAFT_SECRET (default "e2e-draft-secret");
// the route answering 404 without DRAFT_SECRET is covered in test/draft.test.ts.
const SECRET = process.env.DRAFT_SECRET ?? "e2e-draft-secret";
const DRAFT = "/zh/posts/draft-unpublished-digest";
const SCHEDULED = "/en/posts/scheduled-future-digest";
const SEED = "/zh/posts/sovereign-edge-ai-kubernetes";
const enable = (path: string, secret = SECRET) => `/api/draft?secret=${encodeURIComponent(secret)}&path=${encodeURIComponent(path)}`;

/** The site-wide banner that says draft mode is on. */
const draftModeBanner = (page: Page, text = "草稿预览模式") => page.getByRole("status").filter({ hasText: text });

async function expectNoIndex(page: Page) {
  const robots = page.locator('meta[name="robots"]');
  await expect(robots).toHaveCount(1);
  await expect(robots).toHaveAttribute("content", "noindex, nofollow");
}

test.describe("the draft-mode route refuses what it should", () => {
  test("without a secret it answers 401", async ({ request }) => {
    const response = await request.get(`/api/draft?path=${encodeURIComponent(DRAFT)}`, { maxRedirects: 0 });
    await expect(response.status()).toBe(401);
  });

  test("with a wrong secret it answers 401 and sets no draft-mode cookie", async ({ request }) => {
    for (const secret of ["wrong", `${SECRET}x`, SECRET.slice(0, -1)]) {
      const response = await request.get(enable(DRAFT, secret), { maxRedirects: 0 });
      await expect(response.status()).toBe(401);
      await expect(response.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie" && h.value.includes("__prerender_bypass"))).toEqual([]);
    }
    await expect((await request.storageState()).cookies.map((c) => c.name)).not.toContain("__prerender_bypass");
    await expect((await request.get(DRAFT)).status()).toBe(404);
  });

  test("with the right secret it never redirects off the site", async ({ request }) => {
    for (const path of ["//evil.example", "https://evil.example", "/\\evil.example", "evil.example"]) {
      const response = await request.get(enable(path), { maxRedirects: 0 });
      await expect(response.status(), path).toBe(400);
      await expect(response.headers()["location"], path).toBeUndefined();
    }
  });
});

test.describe("neither draft route redirects off the site (known open-redirect payloads)", () => {
  const payloads = openRedirectPayloads();
  for (const [name, url] of [
    ["/api/draft", (path: string) => enable(path)],
    ["/api/draft/disable", (path: string) => `/api/draft/disable?path=${encodeURIComponent(path)}`],
  ] as const) {
    test(`${name}?path=…`, async ({ request, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      for (const payload of payloads) {
        const response = await request.get(url(payload), { maxRedirects: 0 });
        const location = response.headers()["location"];
        if (location === undefined) {
          await expect(response.status(), JSON.stringify(payload)).toBe(400);
          continue;
        }
        await expect(response.status(), JSON.stringify(payload)).toBe(307);
        await expect(browserTarget(location, origin), `${JSON.stringify(payload)} -> ${location}`).toBe(origin);
        await expect(location, JSON.stringify(payload)).toMatch(/^\/(?![/\\])/);
      }
    });
  }
});

test.describe("previewing with draft mode", () => {
  test("an editor opens a draft, sees it marked as a preview, then ends draft mode", async ({ page }) => {
    const response = await page.goto(enable(DRAFT));
    await expect(response?.status()).toBe(200);
    await expect(response?.request().redirectedFrom()?.url()).toContain("/api/draft?");
    await expect(page).toHaveURL(new RegExp(`${DRAFT}$`));

    await expect(page.getByRole("heading", { level: 1 })).toContainText("DRAFT-MARKER-7f3a");
    await expect(draftModeBanner(page)).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: /^草稿：本文尚未发布/ })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: "草稿条目" })).toBeVisible();
    await expectNoIndex(page);
    await expect((await page.context().cookies()).map((c) => c.name)).toContain("__prerender_bypass");
    // The draft's own image is served to this draft-mode reader (and only to it: see below).
    const chart = page.getByRole("img", { name: "只属于草稿的图表" });
    await expect(chart).toHaveJSProperty("complete", true);
    await expect.poll(() => chart.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const chartUrl = await chart.getAttribute("src");
    await expect(chartUrl).toMatch(/^\/media\/[0-9a-f]{16}\.png$/);
    const drafted = await page.request.get(chartUrl!);
    await expect(drafted.status()).toBe(200);
    await expect(drafted.headers()["cache-control"]).toContain("no-store");

    await draftModeBanner(page).getByRole("link", { name: "退出预览" }).click();
    await expect(page).toHaveURL(/\/zh$/);
    await expect(draftModeBanner(page)).toHaveCount(0);
    await expect((await page.context().cookies()).map((c) => c.name)).not.toContain("__prerender_bypass");

    await expect((await page.request.get(chartUrl!)).status(), "the draft's image outside draft mode").toBe(404);
    const after = await page.goto(DRAFT);
    await expect(after?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "找不到这个页面" })).toBeVisible();
    await expect(page.getByText("DRAFT-MARKER-7f3a")).toHaveCount(0);
  });

  test("a scheduled post can be previewed too, with its English banners", async ({ page }) => {
    await page.goto(enable(SCHEDULED));
    await expect(page).toHaveURL(new RegExp(`${SCHEDULED}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText("SCHEDULED-MARKER-91c2");
    await expect(page.getByRole("status").filter({ hasText: /^Scheduled:/ })).toBeVisible();
    // Notices with text: the sign-up form's status line stays empty until it is used.
    await expect(page.getByRole("status").filter({ hasText: /\S/ })).toHaveCount(2);
    await expectNoIndex(page);

    // Ending the preview keeps the editor in their language.
    await draftModeBanner(page, "Draft mode").getByRole("link", { name: "Exit preview" }).click();
    await expect(page).toHaveURL(/\/en$/);
    await expect(draftModeBanner(page, "Draft mode")).toHaveCount(0);
    await expect((await page.goto(SCHEDULED))?.status()).toBe(404);
  });

  test("a published post in draft mode carries the banner and noindex", async ({ page }) => {
    await page.goto(enable(SEED));
    await expect(page).toHaveURL(new RegExp(`${SEED}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("云原生技术动态：主权AI与边缘计算驱动Kubernetes部署模式变革");
    await expect(draftModeBanner(page)).toBeVisible();
    // Published: no draft or scheduled notice besides the draft-mode banner.
    await expect(page.getByRole("status").filter({ hasText: /\S/ })).toHaveCount(1);
    await expectNoIndex(page);
  });

  test("/api/draft/disable on its own ends draft mode", async ({ page }) => {
    await page.goto(enable(DRAFT));
    await expect(page.getByRole("heading", { level: 1 })).toContainText("DRAFT-MARKER-7f3a");
    const response = await page.goto("/api/draft/disable");
    await expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/(zh|en)$/);
    await expect((await page.goto(DRAFT))?.status()).toBe(404);
    await expect(page.getByText("DRAFT-MARKER-7f3a")).toHaveCount(0);
  });

  test("readers without draft mode get the static 404 and an indexable published page", async ({ page }) => {
    await expect((await page.goto(DRAFT))?.status()).toBe(404);
    await page.goto(SEED);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("云原生技术动态：主权AI与边缘计算驱动Kubernetes部署模式变革");
    await expect(draftModeBanner(page)).toHaveCount(0);
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  });
});
