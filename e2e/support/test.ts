import { createRequire } from "node:module";
import { test as base, type Page, type Response } from "@playwright/test";

export * from "@playwright/test";

const { LOADER_ID } = createRequire(import.meta.url)("../../scripts/build/after-paint.cjs") as { LOADER_ID: string };

/**
 * Built pages load their script chunks after the first paint
 * (scripts/build/after-paint.cjs), which may come after the load event Playwright
 * waits for. A test that clicks the theme toggle or follows a link
 * client-side waits until the page has booted and hydrated, as a reader would
 * see it come alive. Pages without the loader (next dev, JavaScript off) are
 * not waited on.
 */
export async function untilInteractive(page: Page) {
  await page.waitForFunction(
    (id) => !document.getElementById(id) || ("next" in window && Object.keys(document.body).some((k) => k.startsWith("__reactFiber"))),
    LOADER_ID,
  );
}

export const test = base.extend({
  page: async ({ page, javaScriptEnabled }, provide) => {
    if (javaScriptEnabled !== false) {
      /** After goto or reload: an HTML page is waited on until it is alive, unless only its commit was asked for. */
      const alive = async (response: Response | null, options?: { waitUntil?: string }) => {
        if (response?.headers()["content-type"]?.startsWith("text/html") && options?.waitUntil !== "commit") await untilInteractive(page);
        return response;
      };
      const goto = page.goto.bind(page);
      page.goto = async (url, options) => alive(await goto(url, options), options);
      const reload = page.reload.bind(page);
      page.reload = async (options) => alive(await reload(options), options);
    }
    await provide(page);
  },
});
