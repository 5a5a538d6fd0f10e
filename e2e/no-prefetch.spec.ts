import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type Request } from "./support/test";
import { e2eDistDir } from "./support/dist-dir";

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
  const payload = page.waitForResponse((r) => isPayload(r.request()));
  await page.getByRole("banner").getByRole("link", { name: "Archive" }).click();
  const response = await payload;
  expect(new URL(response.url()).pathname).toBe("/en/archive");
  // The page's whole payload, which the build writes: not a per-segment prefetch.
  expect(response.status()).toBe(200);
  expect(response.request().headers()["next-router-segment-prefetch"]).toBeUndefined();
  await expect(page).toHaveURL("/en/archive");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Archive");
  // Same document: a client-side navigation, not a full reload.
  expect(await page.evaluate(() => (window as { stayed?: boolean }).stayed)).toBe(true);
});

// Because nothing prefetches, static generation leaves out Next.js's
// per-segment prefetch files (scripts/build/no-segment-prefetch.cjs): every page
// keeps its HTML and its one payload, and no `.segments` folder is written.
test("the build writes each page's payload and no per-segment prefetch files", () => {
  const app = path.join(e2eDistDir(), "server", "app");
  const files = readdirSync(app, { recursive: true }).map(String);
  for (const page of ["en/archive", "zh/posts/sovereign-edge-ai-kubernetes"]) {
    expect(files).toContain(`${page}.html`);
    expect(files).toContain(`${page}.rsc`);
  }
  expect(files.filter((f) => f.endsWith(".segments") || f.endsWith(".segment.rsc"))).toEqual([]);
});
