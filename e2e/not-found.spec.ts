import { expect, test } from "./support/test";

const EN_HEADING = "Page not found";
const ZH_HEADING = "找不到这个页面";

test.describe("a missing page", () => {
  test("an unknown English post is a 404 in English", async ({ page }) => {
    const response = await page.goto("/en/posts/does-not-exist");
    await expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: EN_HEADING })).toBeVisible();
    await expect(page.getByRole("heading", { name: ZH_HEADING })).toBeHidden();
    await expect(page.getByRole("link", { name: "Back to the home page" })).toHaveAttribute("href", "/en");
  });

  test("an unknown Chinese path is a 404 in Chinese", async ({ page }) => {
    const response = await page.goto("/zh/no/such/page");
    await expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await expect(page.getByRole("heading", { level: 1, name: ZH_HEADING })).toBeVisible();
    await expect(page.getByRole("heading", { name: EN_HEADING })).toBeHidden();
    await page.getByRole("link", { name: "返回首页" }).click();
    await expect(page).toHaveURL(/\/zh$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("最新一期");
  });

  test("an unknown tag is a 404", async ({ page }) => {
    const response = await page.goto("/zh/tags/no-such-tag");
    await expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: ZH_HEADING })).toBeVisible();
  });

  test("an unknown locale is redirected, then a 404", async ({ page }) => {
    const response = await page.goto("/fr/x");
    await expect(response?.status()).toBe(404);
    await expect(response?.request().redirectedFrom()).not.toBeNull();
    await expect(page).toHaveURL(/\/(zh|en)\/fr\/x$/);
    await expect(page.getByRole("heading", { level: 1 }).filter({ visible: true })).toHaveCount(1);
  });

  test("a missing favicon is a 404, not a server error", async ({ request }) => {
    const response = await request.get("/favicon.ico");
    await expect(response.status()).toBe(404);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the 404 page still explains itself, in both languages", async ({ page }) => {
      const response = await page.goto("/en/posts/does-not-exist");
      await expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: EN_HEADING })).toBeVisible();
      await expect(page.getByRole("heading", { name: ZH_HEADING })).toBeVisible();
    });
  });
});

test.describe("unpublished posts", () => {
  test("a draft is a 404", async ({ page }) => {
    const response = await page.goto("/zh/posts/draft-unpublished-digest");
    await expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: ZH_HEADING })).toBeVisible();
    await expect(page.getByText("DRAFT-MARKER-7f3a")).toHaveCount(0);
  });

  test("a scheduled post is a 404", async ({ page }) => {
    const response = await page.goto("/en/posts/scheduled-future-digest");
    await expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: EN_HEADING })).toBeVisible();
    await expect(page.getByText("SCHEDULED-MARKER-91c2")).toHaveCount(0);
  });

  test("they appear in no list", async ({ page }) => {
    for (const path of ["/zh", "/en", "/zh/archive", "/en/archive", "/zh/tags", "/en/tags"]) {
      await page.goto(path);
      await expect(page.getByRole("main").getByText(/DRAFT-MARKER-7f3a|SCHEDULED-MARKER-91c2|draft-only-tag|future-only-tag/)).toHaveCount(0);
    }
  });
});
