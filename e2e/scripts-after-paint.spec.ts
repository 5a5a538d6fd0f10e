import { expect, test, untilInteractive } from "./support/test";

// Built pages show their content before any of the app's JavaScript is
// fetched: static generation replaces Next.js's script chunk tags with a loader
// that adds them after the first contentful paint (scripts/build/after-paint.cjs).
// The page then comes alive as before.

const PAGES = {
  zh: { post: "/zh/posts/sovereign-edge-ai-kubernetes", home: "/zh", tag: "/zh/tags/云原生", archive: "/zh/archive" },
  en: { post: "/en/posts/sovereign-edge-ai-kubernetes", home: "/en", tag: "/en/tags/kubernetes", archive: "/en/archive" },
} as const;
const THEME_LABEL = { zh: "切换深色模式", en: "Toggle dark mode" } as const;

for (const [locale, pages] of Object.entries(PAGES) as [keyof typeof PAGES, (typeof PAGES)[keyof typeof PAGES]][]) {
  for (const [kind, path] of Object.entries(pages)) {
    test(`${locale} ${kind}: no script chunk is fetched before the first contentful paint`, async ({ page, request }) => {
      const html = await (await request.get(path)).text();
      expect(html).not.toMatch(/<script\b[^>]*\bsrc="\/_next\/static\/[^"]*"[^>]*\basync/);
      expect(html).not.toMatch(/<link rel="preload" as="script"/);
      expect(html).toContain('<script id="scripts-after-paint">');

      await page.goto(path);
      const timing = await page.evaluate(() => ({
        paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
        chunks: performance
          .getEntriesByType("resource")
          .filter((e) => new URL(e.name).pathname.startsWith("/_next/static/") && new URL(e.name).pathname.endsWith(".js"))
          .map((e) => ({ url: e.name, start: e.startTime })),
      }));
      expect(timing.paint).not.toBeNull();
      expect(timing.chunks.length).toBeGreaterThan(0);
      for (const chunk of timing.chunks) expect(chunk.start, chunk.url).toBeGreaterThanOrEqual(timing.paint!);
    });
  }

  test(`${locale}: every script chunk the post loads starts with V8's compile hint`, async ({ page, request }) => {
    // scripts/build/compile-hints.mjs: Chromium compiles such a chunk on a background thread as it streams in.
    await page.goto(pages.post);
    await untilInteractive(page);
    const chunks = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.startsWith("/_next/static/") && p.endsWith(".js")),
    );
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks) expect((await (await request.get(chunk)).text()).split("\n", 1)[0], chunk).toBe("//# allFunctionsCalledOnLoad");
  });

  test(`${locale}: once the chunks have run, the page is alive (theme toggle, client-side navigation)`, async ({ page }) => {
    await page.goto(pages.post);
    await untilInteractive(page);
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme ?? "");
    const before = await theme();
    await page.getByRole("button", { name: THEME_LABEL[locale] }).click();
    await expect.poll(theme).not.toBe(before);
    await page.evaluate(() => ((window as { stayed?: boolean }).stayed = true));
    await page.getByRole("banner").getByRole("link", { name: locale === "zh" ? "归档" : "Archive" }).click();
    await expect(page).toHaveURL(`/${locale}/archive`);
    expect(await page.evaluate(() => (window as { stayed?: boolean }).stayed)).toBe(true);
  });
}
