import { XMLParser } from "fast-xml-parser";
import { expect, test } from "./support/test";

// A reader follows a link to the weekly's previous site (Jekyll), or to a post
// before it was renamed, or a feed reader polls the old feed address: each
// lands on the right page, in the right language, with its #item-N.
// e2e/fixtures/posts/gateway-api-observability/{zh,en}.md list the aliases;
// e2e/fixtures/site.yml the old feed address.
const ZH = "/zh/posts/gateway-api-observability";
const EN = "/en/posts/gateway-api-observability";
const FEED_ID = "https://old.example.com/weekly/2025/12/21/gateway-api-observability";

test.describe("old links", () => {
  for (const [old, target] of [
    ["/weekly/2025/12/21/gateway-api-observability.html", ZH],
    // A Chinese category, as Jekyll and every browser write it in a URL.
    [`/${encodeURIComponent("云原生")}/2025/12/21/${encodeURIComponent("网关可观测性")}.html`, ZH],
    // The post's slug before it was renamed.
    ["/zh/posts/gateway-api-old", ZH],
  ] as const) {
    test(`${decodeURIComponent(old)} answers a permanent redirect to ${target}`, async ({ request }) => {
      const response = await request.get(old, { maxRedirects: 0 });
      await expect(response.status()).toBe(308);
      await expect(response.headers().location).toBe(target);
    });
  }

  test("a pretty (trailing-slash) old link of the English file leads to the English page, #item-2 kept", async ({ page }) => {
    await page.goto("/en/weekly/2025/12/21/gateway-api-observability/#item-2");
    await expect(page).toHaveURL(new RegExp(`${EN}#item-2$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Observability for the Gateway API");
    await expect(page.locator("#item-2")).toBeInViewport();
  });

  test("a reader's #item-2 survives the redirect in the browser", async ({ page }) => {
    await page.goto("/weekly/2025/12/21/gateway-api-observability.html#item-2");
    await expect(page).toHaveURL(new RegExp(`${ZH}#item-2$`));
    await expect(page.locator("html")).toHaveAttribute("lang", /^zh/);
    await expect(page.locator("#item-2:target")).toHaveCount(1);
  });
});

test.describe("old feed addresses", () => {
  for (const [old, target] of [
    ["/feed.xml", "/zh/atom.xml"],
    ["/atom.xml", "/zh/atom.xml"],
    ["/feed/", "/zh/feed.xml"],
    ["/blog/atom.xml", "/zh/atom.xml"],
  ] as const) {
    test(`${old} leads a feed reader to ${target}`, async ({ request }) => {
      const response = await request.get(old);
      await expect(response.status()).toBe(200);
      await expect(response.url()).toMatch(new RegExp(`${target.replace(/\./g, "\\.")}$`));
      await expect(await response.text()).toContain(target.endsWith("atom.xml") ? "<feed" : "<rss");
    });
  }
  test("/feed.xml is a permanent redirect, which a feed reader remembers", async ({ request }) => {
    const response = await request.get("/feed.xml", { maxRedirects: 0 });
    await expect(response.status()).toBe(308);
  });
});

test("the moved post keeps its old feed id in RSS, Atom and JSON Feed; the other language keeps its own", async ({ request }) => {
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
  const atom = xml.parse(await (await request.get("/zh/atom.xml")).text());
  const entry = atom.feed.entry.find((e: { link: { "@href": string } }) => e.link["@href"].endsWith(ZH));
  await expect(entry.id).toBe(FEED_ID);
  const rss = xml.parse(await (await request.get("/zh/feed.xml")).text());
  const item = rss.rss.channel.item.find((i: { link: string }) => i.link.endsWith(ZH));
  await expect(item.guid).toEqual({ "#text": FEED_ID, "@isPermaLink": "false" });
  const json = await (await request.get("/zh/feed.json")).json();
  await expect(json.items.find((i: { url: string }) => i.url.endsWith(ZH)).id).toBe(FEED_ID);
  const en = await (await request.get("/en/feed.json")).json();
  const own = en.items.find((i: { url: string }) => i.url.endsWith(EN));
  await expect(own.id).toBe(own.url);
});
