import { test as base, type Page } from "@playwright/test";

export * from "@playwright/test";

/**
 * Built pages load their script chunks after the first paint
 * (scripts/after-paint.cjs), which may come after the load event Playwright
 * waits for. A test that clicks the theme toggle or follows a link
 * client-side waits until the page has booted and hydrated, as a reader would
 * see it come alive. Pages without the loader (next dev, JavaScript off) are
 * not waited on.
 */
export async function untilInteractive(page: Page) {
  await page.waitForFunction(
    () => !document.getElementById("scripts-after-paint") || ("next" in window && Object.keys(document.body).some((k) => k.startsWith("__reactFiber"))),
  );
}

export const test = base.extend({
  page: async ({ page, javaScriptEnabled }, provide) => {
    if (javaScriptEnabled !== false) {
      const goto = page.goto.bind(page);
      page.goto = async (url, options) => {
        const response = await goto(url, options);
        if (response?.headers()["content-type"]?.startsWith("text/html") && options?.waitUntil !== "commit") await untilInteractive(page);
        return response;
      };
      const reload = page.reload.bind(page);
      page.reload = async (options) => {
        const response = await reload(options);
        if (response?.headers()["content-type"]?.startsWith("text/html") && options?.waitUntil !== "commit") await untilInteractive(page);
        return response;
      };
    }
    await provide(page);
  },
});
