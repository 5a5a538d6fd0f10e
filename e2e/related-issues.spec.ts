import { expect, test } from "./support/test";

// e2e/fixtures: issues 1-4 (2025-12-07, -14, -21, -28) each carry the tags
// observability and sre; hostile-title-escaping has no tag at all.
test.describe("related issues at the end of a post", () => {
  test("the issues sharing the most tags, nearest in time first, with number and date", async ({ page }) => {
    await page.goto("/en/posts/gateway-api-observability");
    const related = page.locator("[data-related]");
    await expect(related.getByRole("heading", { level: 2 })).toHaveText("More issues on these topics");
    const items = related.getByRole("listitem");
    // Issue 4 and issue 2 are both a week away (the newer first), issue 1 two weeks.
    await expect(items.getByRole("link")).toHaveText(["Year-End Review: A Year of Observability", "OpenTelemetry Profiles Reach Stability", "eBPF Observability Weekly"]);
    await expect(items.getByRole("link").first()).toHaveAttribute("href", "/en/posts/year-end-observability-review");
    await expect(items.nth(0)).toContainText("Issue 4");
    await expect(items.nth(0).locator("time")).toHaveAttribute("datetime", /^2025-12-28/);
    await expect(items.nth(2)).toContainText("Issue 1");
  });

  test("in the post's language", async ({ page }) => {
    await page.goto("/zh/posts/ebpf-observability-weekly");
    const links = page.locator("[data-related]").getByRole("link");
    await expect(links).toHaveCount(3);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))) expect(href).toMatch(/^\/zh\/posts\//);
    await expect(page.locator("[data-related]")).toContainText("第 2 期");
  });

  test("none when no other post shares a tag", async ({ page }) => {
    await page.goto("/en/posts/hostile-title-escaping");
    await expect(page.locator("article[data-pagefind-body]")).toBeVisible();
    await expect(page.locator("[data-related]")).toHaveCount(0);
  });
});
