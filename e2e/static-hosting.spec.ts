import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "./support/test";

// The plain-files build (npm run build:static) of the fixtures, served by
// Nginx with the server block the build writes (scripts/test/e2e-static-server.mjs):
// what an owner in mainland China puts on their own server, and what any
// host without rules (object storage, GitHub Pages) serves from the files alone.
const port = process.env.E2E_STATIC_PORT ?? "3220";
const work = path.join(process.cwd(), ".e2e", `static-${port}`);
const out = path.join(work, "out");
const POST = "/zh/posts/gateway-api-observability";

test.describe("Nginx answers as Vercel does", () => {
  test("/ and paths without a language go to the reader's language: the cookie, then Accept-Language, else zh", async ({ request }) => {
    const cases: [Record<string, string>, string, string][] = [
      [{ "accept-language": "en-US,en;q=0.9" }, "/", "/en"],
      [{ "accept-language": "fr-FR, zh-TW;q=0.8, en;q=0.5" }, "/", "/zh"],
      [{ "accept-language": "fr-FR" }, "/", "/zh"],
      [{ "accept-language": "zh-CN", cookie: "NEXT_LOCALE=en" }, "/", "/en"],
      [{ "accept-language": "en" }, "/archive", "/en/archive"],
      [{ "accept-language": "zh" }, "/posts/gateway-api-observability?x=1", `${POST}?x=1`],
    ];
    for (const [headers, from, to] of cases) {
      const response = await request.get(from, { headers, maxRedirects: 0 });
      await expect(response.status(), `${from} ${JSON.stringify(headers)}`).toBe(307);
      await expect(response.headers()["location"], `${from} ${JSON.stringify(headers)}`).toBe(to);
    }
    await expect((await request.get("/zh/", { maxRedirects: 0 })).headers()["location"]).toBe("/zh");
    await expect((await request.get("/nope.png", { maxRedirects: 0 })).status()).toBe(404);
  });

  test("security headers on pages and 404s, caching by kind of file, feeds with their content types", async ({ request }) => {
    const page = await request.get("/zh");
    const html = await page.text();
    for (const response of [page, await request.get("/zh/posts/no-such-post")]) {
      const headers = response.headers();
      await expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      await expect(headers["x-content-type-options"]).toBe("nosniff");
      await expect(headers["x-frame-options"]).toBe("DENY");
      await expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    }
    await expect((await request.get("/zh/posts/no-such-post")).status()).toBe(404);
    await expect(page.headers()["cache-control"]).toBe("public, max-age=300, must-revalidate");
    // Every page carries its own policy with its inline scripts' hashes.
    await expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    const chunk = /\/_next\/static\/chunks\/[^"]+\.js/.exec(html)![0];
    await expect((await request.get(chunk)).headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    const image = /\/media\/[0-9a-f]{16}\.svg/.exec(await (await request.get(POST)).text())![0];
    const media = await request.get(image);
    await expect(media.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    await expect(media.headers()["content-security-policy"]).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox");
    for (const [url, type] of [["/zh/feed.xml", "application/rss+xml"], ["/en/atom.xml", "application/atom+xml"], ["/zh/feed.json", "application/feed+json"], ["/sitemap.xml", "application/xml"]]) {
      const response = await request.get(url!);
      await expect(response.headers()["content-type"], url).toBe(`${type}; charset=utf-8`);
      await expect(response.headers()["cache-control"], url).toBe("public, max-age=300, must-revalidate");
    }
  });

  test("old paths of a post and old feed addresses are permanent redirects; a browser keeps #item-2", async ({ request, page }) => {
    for (const [from, to] of [
      ["/weekly/2025/12/21/gateway-api-observability.html", POST],
      ["/%E4%BA%91%E5%8E%9F%E7%94%9F/2025/12/21/%E7%BD%91%E5%85%B3%E5%8F%AF%E8%A7%82%E6%B5%8B%E6%80%A7.html", POST],
      // A trailing slash goes first (as Next.js does), then the old path leads to the post.
      ["/en/weekly/2025/12/21/gateway-api-observability/", "/en/weekly/2025/12/21/gateway-api-observability"],
      ["/en/weekly/2025/12/21/gateway-api-observability", "/en/posts/gateway-api-observability"],
      ["/feed.xml", "/zh/atom.xml"],
      ["/feed/", "/feed"],
      ["/feed", "/zh/feed.xml"],
      ["/blog/atom.xml", "/zh/atom.xml"],
    ]) {
      const response = await request.get(from!, { maxRedirects: 0 });
      await expect(response.status(), from).toBe(308);
      await expect(response.headers()["location"], from).toBe(to);
    }
    await page.goto("/zh/posts/gateway-api-old#item-2");
    await expect(page).toHaveURL(new RegExp(`${POST}#item-2$`));
  });
});

test.describe("the files alone, on a host without rules", () => {
  test("/ is a page with both editions, indexable, naming them as alternates; with JavaScript it moves on", async ({ browser }) => {
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const page = await plain.newPage();
    await page.goto("/index.html");
    await expect(page.getByRole("link", { name: "进入中文版" })).toHaveAttribute("href", "/zh");
    await expect(page.getByRole("link", { name: "Read the English edition" })).toHaveAttribute("href", "/en");
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/en$/);
    await expect(page.locator('link[rel="alternate"][hreflang="zh-Hans"]')).toHaveAttribute("href", /\/zh$/);
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
    await plain.close();
    for (const [options, cookie, landing] of [
      [{ locale: "en-US" }, null, "/en"],
      [{ locale: "zh-CN" }, null, "/zh"],
      [{ locale: "fr-FR" }, null, "/zh"],
      [{ locale: "zh-CN" }, "en", "/en"],
    ] as const) {
      const context = await browser.newContext(options);
      if (cookie) await context.addCookies([{ name: "NEXT_LOCALE", value: cookie, url: new URL("/", test.info().project.use.baseURL).toString() }]);
      const reader = await context.newPage();
      await reader.goto("/index.html");
      await expect(reader).toHaveURL(new RegExp(`${landing}$`));
      await context.close();
    }
  });

  test("the 404 page sends a path without a language on to the reader's; an old path's file sends the reader on", async ({ browser }) => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    // As a host without rules answers a path it has no file for: with 404.html.
    const notFound = readFileSync(path.join(out, "404.html"), "utf8");
    await page.route("**/archive", (route) => route.fulfill({ status: 404, contentType: "text/html", body: notFound }));
    await page.goto("/archive");
    await expect(page).toHaveURL(/\/en\/archive$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // The redirect page of an old path, opened as a host without rules serves it.
    const old = readFileSync(path.join(out, "weekly", "2025", "12", "21", "gateway-api-observability.html"), "utf8");
    await expect(old).toContain(`<link rel="canonical" href="http://localhost:${port}${POST}">`);
    await page.route("**/old-link", (route) => route.fulfill({ status: 200, contentType: "text/html", body: old }));
    await page.goto("/old-link#item-2");
    await expect(page).toHaveURL(new RegExp(`${POST}#item-2$`));
    // An old feed address is a copy of the feed itself.
    await expect(readFileSync(path.join(out, "feed.xml"), "utf8")).toBe(readFileSync(path.join(out, "zh", "atom.xml"), "utf8"));
    await context.close();
  });
});

test.describe("npm run static:check", () => {
  const check = (dist: string) =>
    spawnSync(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/check/static-check.ts"], {
      env: { ...process.env, NEXT_DIST_DIR: dist, DIGEST_CONTENT_DIR: path.join(work, "content", "posts") },
      encoding: "utf8",
    });

  test("passes on the build, and names what is missing or what should not be there", () => {
    const good = check(out);
    expect(good.stderr).toBe("");
    expect(good.stdout).toMatch(/^OK \d+ pages and files of the site are in /);
    expect(good.status).toBe(0);

    const copy = path.join(mkdtempSync(path.join(tmpdir(), "digest-static-check-")), "out");
    try {
      cpSync(out, copy, { recursive: true });
      cpSync(path.join(work, "static-hosting"), path.join(path.dirname(copy), "static-hosting"), { recursive: true });
      rmSync(path.join(copy, "en", "archive.html"));
      writeFileSync(path.join(copy, "zh", "posts", "draft-unpublished-digest.html"), "<html></html>");
      const bad = check(copy);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain("FAIL /en/archive (archive): no ");
      expect(bad.stderr).toContain("FAIL /zh/posts/draft-unpublished-digest (an unpublished post) is published");
    } finally {
      rmSync(path.dirname(copy), { recursive: true, force: true });
    }
  });
});
