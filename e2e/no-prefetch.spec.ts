import { expect, test, type Request } from "@playwright/test";

// Next.js prefetches the RSC payload of every link that scrolls into view
// (two requests per route, 20 after the seed post loaded). On a phone their
// parsing was main-thread time the reader waits on, so the site's links
// (components/layout/link.tsx) do not prefetch: a page loads no payload until
// the reader follows a link, and following one is still a client-side
// navigation that fetches one.
const isPayload = (r: Request) => new URL(r.url()).searchParams.has("_rsc") || r.headers()["rsc"] === "1";

for (const path of ["/zh/posts/sovereign-edge-ai-kubernetes", "/en", "/zh/tags/kubernetes", "/en/archive"]) {
  test(`${path} fetches no other page's payload after it loads`, async ({ page }) => {
    const payloads: string[] = [];
    page.on("request", (r) => {
      if (isPayload(r)) payloads.push(r.url());
    });
    await page.goto(path, { waitUntil: "networkidle" });
    // Links near the bottom of the page come into view too.
    await page.mouse.wheel(0, 20_000);
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(500);
    expect(payloads).toEqual([]);
  });
}

test("following a link fetches its payload and navigates without a page load", async ({ page }) => {
  await page.goto("/en");
  await page.evaluate(() => ((window as { stayed?: boolean }).stayed = true));
  const payload = page.waitForRequest(isPayload);
  await page.getByRole("banner").getByRole("link", { name: "Archive" }).click();
  expect(new URL((await payload).url()).pathname).toBe("/en/archive");
  await expect(page).toHaveURL("/en/archive");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Archive");
  // Same document: a client-side navigation, not a full reload.
  expect(await page.evaluate(() => (window as { stayed?: boolean }).stayed)).toBe(true);
});
