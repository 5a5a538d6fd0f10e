import { createServer, type Server } from "node:http";
import jsQR from "jsqr";
import sharp from "sharp";
import { expect, test, type Page } from "./support/test";

// e2e/fixtures/site.yml: a listmonk newsletter at http://127.0.0.1:39232 (this
// file's stand-in server) with one list, and a WeChat account with
// e2e/fixtures/wechat-qr.png, a QR code of the address below.
const SERVICE = "http://127.0.0.1:39232";
const LIST = "6b1d3c2a-9f4e-4e7a-8c1d-2f5a7b9c0d11";
const WECHAT_QR_TEXT = "https://weixin.qq.com/r/cnweekly-e2e-fixture";

type Received = { path: string; type: string; fields: [string, string][] };
let server: Server;
const received: Received[] = [];

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      if (req.method === "POST") received.push({ path: req.url ?? "", type: req.headers["content-type"] ?? "", fields: [...new URLSearchParams(body)] });
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end("<!doctype html><title>listmonk</title><h1>Confirm your subscription</h1>");
    });
  });
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(39232, "127.0.0.1", resolve));
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** What a QR code in a PNG says. */
async function decodeQr(png: Buffer): Promise<string | undefined> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

async function lastPost(page: Page, count: number) {
  await expect.poll(() => received.length).toBe(count);
  return received.at(-1)!;
}

test.describe("following the weekly", () => {
  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the sign-up form posts the service's own fields straight to it", async ({ page }) => {
      await page.goto("/en/subscribe");
      const form = page.locator("form[data-subscribe]");
      await expect(form).toHaveAttribute("action", `${SERVICE}/subscription/form`);
      await form.getByLabel("Email address").fill("reader@example.com");
      const before = received.length;
      await form.getByRole("button", { name: "Subscribe" }).click();
      // The browser is now on the service's confirmation page.
      await expect(page).toHaveURL(`${SERVICE}/subscription/form`);
      await expect(page.getByRole("heading", { name: "Confirm your subscription" })).toBeVisible();
      const post = await lastPost(page, before + 1);
      await expect(post.type).toBe("application/x-www-form-urlencoded");
      await expect(post.fields).toEqual([
        ["email", "reader@example.com"],
        ["l", LIST],
        ["nonce", ""],
      ]);
    });

    test("share to WeChat opens with no script and shows a QR code of the page's address", async ({ page }) => {
      await page.goto("/en/posts/gateway-api-observability");
      const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
      await expect(canonical).toMatch(/\/en\/posts\/gateway-api-observability$/);
      const share = page.locator("details[data-wechat-share]");
      await share.getByText("Share to WeChat").click();
      const qr = share.getByRole("img", { name: "QR code of this page's address" });
      await expect(qr).toBeVisible();
      await expect(await decodeQr(await qr.screenshot())).toBe(canonical);
    });
  });

  test("with JavaScript the reader stays on the page and is told, in their language", async ({ page }) => {
    await page.goto("/zh/posts/ebpf-observability-weekly");
    const form = page.locator("[data-follow] form[data-subscribe]");
    await form.getByLabel("电子邮箱").fill("duzhe@example.com");
    const before = received.length;
    await form.getByRole("button", { name: "订阅" }).click();
    await expect(form.getByRole("status")).toHaveText("已提交：请到邮箱查收确认邮件。");
    await expect(page).toHaveURL(/\/zh\/posts\/ebpf-observability-weekly$/);
    const post = await lastPost(page, before + 1);
    await expect(post.path).toBe("/subscription/form");
    await expect(post.fields).toEqual([
      ["email", "duzhe@example.com"],
      ["l", LIST],
      ["nonce", ""],
    ]);
  });

  test("the home page has the compact form; the CSP lets forms post to the service and nowhere else", async ({ page }) => {
    const response = await page.goto("/en");
    await expect(page.locator("form[data-subscribe]")).toHaveCount(1);
    const csp = response!.headers()["content-security-policy"]!;
    const directive = (name: string) => csp.split(";").map((d) => d.trim()).find((d) => d.startsWith(`${name} `));
    await expect(directive("form-action")).toBe(`form-action 'self' ${SERVICE}`);
    // The page's own <meta> policy (scripts/build/csp.cjs) must not narrow it again.
    const metas = await page.locator('meta[http-equiv="Content-Security-Policy"]').evaluateAll((ms) => ms.map((m) => m.getAttribute("content") ?? ""));
    for (const meta of metas) await expect(meta).not.toMatch(/form-action/);
  });

  test("the WeChat account: name and QR code on the subscribe page and at the end of Chinese posts only", async ({ page, request }) => {
    for (const path of ["/zh/subscribe", "/zh/posts/ebpf-observability-weekly", "/en/subscribe"]) {
      await page.goto(path);
      const account = page.locator("[data-wechat-account]");
      await expect(account).toContainText("云原生周报");
      const img = account.getByRole("img");
      // Sized in the HTML, so nothing moves when it arrives.
      await expect(img).toHaveAttribute("width", "258");
      await expect(img).toHaveAttribute("height", "258");
      const src = (await img.getAttribute("src"))!;
      await expect(src).toMatch(/^\/media\/[0-9a-f]{16}\.png$/);
      const file = await request.get(src);
      await expect(file.headers()["content-type"]).toBe("image/png");
      await expect(await decodeQr(await file.body())).toBe(WECHAT_QR_TEXT);
    }
    await page.goto("/en/posts/ebpf-observability-weekly");
    await expect(page.locator("[data-wechat-account]")).toHaveCount(0);
    await expect(page.locator("details[data-wechat-share]")).toHaveCount(1);
  });

  test("the subscribe page lists every feed and the OPML file", async ({ page, request }) => {
    await page.goto("/en/subscribe");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Follow the Cloud Native Weekly");
    const opml = page.locator("a[data-opml]");
    await expect(opml).toHaveAttribute("href", "/en/feeds.opml");
    const feeds = await page.locator("[data-feed-group] a[href$='.xml'], [data-feed-group] a[href$='.json']").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    await expect(feeds).toContain("/en/tags/observability/atom.xml");
    await expect(feeds).toContain("/en/categories/weekly/feed.json");
    await expect(feeds).toContain("/en/feed.xml");
    const listed = (await (await request.get("/en/feeds.opml")).text()).match(/xmlUrl="[^"]+"/g)!.length;
    // RSS, Atom and JSON Feed for each of the OPML file's feeds.
    await expect(feeds.length).toBe(listed * 3);
  });
});
