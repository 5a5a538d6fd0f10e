import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/test";

const pages = {
  zh: {
    home: "/zh",
    post: "/zh/posts/sovereign-edge-ai-kubernetes",
    "tag index": "/zh/tags",
    tag: "/zh/tags/云原生",
    category: "/zh/categories/社区",
    archive: "/zh/archive",
    subscribe: "/zh/subscribe",
    // Its news cards' source links sit in a line of text: axe wants them underlined, not only coloured.
    "post with related issues": "/zh/posts/ebpf-observability-weekly",
    "404": "/zh/posts/does-not-exist",
  },
  en: {
    home: "/en",
    post: "/en/posts/sovereign-edge-ai-kubernetes",
    "tag index": "/en/tags",
    tag: "/en/tags/kubernetes",
    category: "/en/categories/cloud-native",
    archive: "/en/archive",
    subscribe: "/en/subscribe",
    "post with related issues": "/en/posts/gateway-api-observability",
    "404": "/en/posts/does-not-exist",
  },
};

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`accessibility in the ${colorScheme} scheme`, () => {
    for (const [locale, routes] of Object.entries(pages)) {
      for (const [kind, path] of Object.entries(routes)) {
        test(`${locale} ${kind} page has no axe violations`, async ({ page }) => {
          await page.emulateMedia({ colorScheme });
          const response = await page.goto(path);
          await expect(response?.status()).toBe(kind === "404" ? 404 : 200);
          await expect(page.getByRole("heading", { level: 1 }).filter({ visible: true })).toHaveCount(1);
          const results = await new AxeBuilder({ page }).analyze();
          await expect(results.passes.length).toBeGreaterThan(0);
          await expect(results.violations).toEqual([]);
        });
      }
    }
  });
}

test.describe("accessibility after choosing a theme with the toggle", () => {
  for (const [locale, label] of [["zh", "切换深色模式"], ["en", "Toggle dark mode"]] as const) {
    test(`${locale} post in the dark theme chosen on a light system has no axe violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: "light" });
      await page.goto(pages[locale].post);
      await page.getByRole("banner").getByRole("button", { name: label }).click();
      await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
      const results = await new AxeBuilder({ page }).analyze();
      await expect(results.passes.length).toBeGreaterThan(0);
      await expect(results.violations).toEqual([]);
    });
  }
});
