import { expect, test } from "./support/test";

// A reader shares one news item of a digest: each card has its own anchor
// (#item-N), a visible link to it, and the source list links back to the
// cards that cite each source.
const SEED = { zh: "/zh/posts/sovereign-edge-ai-kubernetes", en: "/en/posts/sovereign-edge-ai-kubernetes" };
const SECOND = { zh: "CNCF发布2026年云原生发展预测", en: "CNCF Shares Its Predictions for Cloud Native in 2026" };

test.describe("linkable news items", () => {
  test("opening #item-2 shows that card, its heading in view and marked", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 700 });
    await page.goto(`${SEED.zh}#item-2`);
    const card = page.locator("article#item-2");
    await expect(card.getByRole("heading", { level: 3 })).toContainText(SECOND.zh);
    await expect(card.getByRole("heading", { level: 3 })).toBeInViewport();
    await expect.poll(() => card.evaluate((el) => el.matches(":target"))).toBe(true);
    // The marked card has a ring the others have not.
    const ring = (sel: string) => page.locator(sel).evaluate((el) => getComputedStyle(el).boxShadow);
    await expect.poll(() => ring("article#item-2")).not.toBe(await ring("article#item-1"));
  });

  for (const locale of ["zh", "en"] as const) {
    test(`${locale}: each card links to itself, cites the source list, and the sources link back`, async ({ page }) => {
      await page.goto(SEED[locale]);
      const link = page.getByRole("link", { name: locale === "zh" ? `这条新闻的链接：${SECOND.zh}` : `Link to this item: ${SECOND.en}` });
      await expect(link).toHaveAttribute("href", "#item-2");
      await expect(link).toBeVisible();
      await link.click();
      await expect(page).toHaveURL(new RegExp(`#item-2$`));

      const first = page.locator("article#item-1");
      await expect(first.getByRole("link", { name: locale === "zh" ? "参考来源 1" : "Reference 1" })).toHaveAttribute("href", "#source-1");
      // Source 1 (the front-matter source) is cited by the first item only.
      const back = page.locator("#source-1").getByRole("link", { name: locale === "zh" ? "回到第 1 条新闻" : "Back to news item 1" });
      await expect(back).toHaveAttribute("href", "#item-1");
      await back.click();
      await expect(page).toHaveURL(/#item-1$/);
      await expect(first.getByRole("heading", { level: 3 })).toBeInViewport();
    });
  }
});
