import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "./support/test";
import { e2eDistDir } from "./support/dist-dir";
import { readText } from "./support/pagefind";

// The editor's promise: a draft (draft: true) or a post dated in the future
// leaves no trace in what a production build emits. The fixtures:
// e2e/fixtures/posts/draft-unpublished-digest/zh.md and scheduled-future-digest/en.md.
const DRAFT_SLUG = "draft-unpublished-digest";
const SCHEDULED_SLUG = "scheduled-future-digest";
const MARKERS = ["DRAFT-MARKER-7f3a", "SCHEDULED-MARKER-91c2"];
const UNPUBLISHED = /DRAFT-MARKER-7f3a|SCHEDULED-MARKER-91c2|draft-unpublished-digest|scheduled-future-digest|draft-only-(tag|category)|future-only-(tag|category)|example\.com\/(draft|future)-only-source/i;

const distDir = e2eDistDir();

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name));
}

/** Every published post page, as the sitemap lists them. */
async function publishedPosts(page: Page): Promise<string[]> {
  const response = await page.request.get("/sitemap.xml");
  await expect(response.status()).toBe(200);
  const locs = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return locs.filter((p) => /^\/(zh|en)\/posts\/[^/]+$/.test(p));
}

async function search(page: Page, query: string) {
  const box = page.getByRole("search");
  await box.getByRole("searchbox").fill(query);
  await box.getByRole("button").click();
}

test.describe("an unpublished post is never published by mistake", () => {
  test("the draft and the scheduled post pages are 404", async ({ request }) => {
    for (const url of [`/zh/posts/${DRAFT_SLUG}`, `/en/posts/${DRAFT_SLUG}`, `/en/posts/${SCHEDULED_SLUG}`, `/zh/posts/${SCHEDULED_SLUG}`]) {
      await expect((await request.get(url)).status(), url).toBe(404);
    }
  });

  test("their tags and categories have no pages", async ({ request }) => {
    for (const url of [
      "/zh/tags/draft-only-tag",
      "/zh/categories/draft-only-category",
      "/en/tags/future-only-tag",
      "/en/categories/future-only-category",
      "/en/tags/draft-only-tag",
      "/zh/categories/future-only-category",
    ]) {
      await expect((await request.get(url)).status(), url).toBe(404);
    }
  });

  test("their tags are not in the tag indexes", async ({ page }) => {
    for (const url of ["/zh/tags", "/en/tags"]) {
      await page.goto(url);
      const main = page.getByRole("main");
      // The index itself is there (non-vacuous), without the unpublished tags.
      await expect(main.getByRole("link", { name: /^#kubernetes\b/ })).toBeVisible();
      await expect(main.getByRole("link", { name: /draft-only-tag|future-only-tag/ })).toHaveCount(0);
      await expect(main).not.toContainText(/draft-only-tag|future-only-tag/);
    }
  });

  test("no published post links to them as its newer or older issue", async ({ page }) => {
    // Visits every published fixture post in both languages.
    test.slow();
    const posts = await publishedPosts(page);
    await expect(posts).toContain("/zh/posts/sovereign-edge-ai-kubernetes");
    await expect(posts).toContain("/en/posts/sovereign-edge-ai-kubernetes");
    await expect(posts.length).toBeGreaterThanOrEqual(7);
    let withNav = 0;
    for (const url of posts) {
      const response = await page.goto(url);
      await expect(response?.status(), url).toBe(200);
      const nav = page.getByRole("navigation", { name: url.startsWith("/zh") ? "上一期与下一期" : "Newer and older issues" });
      if ((await nav.count()) > 0) withNav++;
      await expect(nav.getByRole("link", { name: /DRAFT-MARKER-7f3a|SCHEDULED-MARKER-91c2/ })).toHaveCount(0);
      const hrefs = await page.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
      await expect(hrefs.filter((href) => UNPUBLISHED.test(href)), url).toEqual([]);
      await expect(page.locator("body")).not.toContainText(UNPUBLISHED);
    }
    // The check means something only if posts do link to their neighbours.
    await expect(withNav).toBe(posts.length);
  });

  test("the feeds and the sitemap leave them out", async ({ request }) => {
    for (const url of ["/zh/feed.xml", "/en/feed.xml", "/zh/atom.xml", "/en/atom.xml", "/zh/feed.json", "/en/feed.json", "/sitemap.xml"]) {
      const response = await request.get(url);
      await expect(response.status(), url).toBe(200);
      const text = await response.text();
      await expect(text, url).toContain("sovereign-edge-ai-kubernetes");
      await expect(text, url).not.toMatch(UNPUBLISHED);
    }
  });

  test("Chinese search finds the published digest but nothing of the draft", async ({ page }) => {
    await page.goto("/zh/search");
    await search(page, "主权AI");
    await expect(page.getByText(/^找到 \d+ 篇文章$/)).toBeVisible();
    await expect(page.getByRole("link", { name: "云原生技术动态：主权AI与边缘计算驱动Kubernetes部署模式变革" })).toBeVisible();
    // The markers, and words found only in the unpublished posts' bodies.
    for (const query of [...MARKERS, "草稿", "草稿条目", "scheduled", "future"]) {
      await search(page, query);
      await expect(page.getByText(`没有找到与「${query}」相关的文章。`)).toBeVisible();
      await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(0);
    }
  });

  test("English search finds the published digest but nothing of the scheduled post", async ({ page }) => {
    await page.goto("/en/search");
    await search(page, "sovereign");
    await expect(page.getByText(/^\d+ posts? found$/)).toBeVisible();
    await expect(page.getByRole("link", { name: /^Cloud Native Roundup: Sovereign AI/ })).toBeVisible();
    for (const query of [...MARKERS, "scheduled", "future", "草稿"]) {
      await search(page, query);
      await expect(page.getByText(`No posts match “${query}”.`)).toBeVisible();
      await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(0);
    }
  });

  test("the build emitted no page, data or search entry for them", async () => {
    const app = path.join(distDir, "server", "app");
    const files = filesUnder(app);
    // The published seed post was prerendered: the build is the one being served.
    await expect(files.some((f) => f.includes("sovereign-edge-ai-kubernetes"))).toBe(true);
    await expect(files.filter((f) => /draft-unpublished-digest|scheduled-future-digest/.test(path.relative(app, f)))).toEqual([]);

    const emitted = files.filter((f) => /\.(html|rsc|json|body|meta|xml)$/.test(f));
    await expect(emitted.length).toBeGreaterThan(0);
    const leaking = emitted.filter((f) => MARKERS.some((m) => readFileSync(f, "utf8").includes(m)));
    await expect(leaking).toEqual([]);

    const pagefind = filesUnder(path.join(distDir, "static", "pagefind"));
    await expect(pagefind.some((f) => f.endsWith(".pf_fragment"))).toBe(true);
    const texts = pagefind.map((f) => ({ f, text: readText(f) }));
    // Decompression works: the seed post's URL is readable in its fragment.
    await expect(texts.some(({ text }) => text.includes("sovereign-edge-ai-kubernetes"))).toBe(true);
    const indexed = texts.filter(({ text }) => /DRAFT-MARKER-7f3a|SCHEDULED-MARKER-91c2|draft-unpublished-digest|scheduled-future-digest/i.test(text)).map(({ f }) => f);
    await expect(indexed).toEqual([]);
  });

  test("the editors' pages do not exist in production", async ({ page }) => {
    for (const url of ["/zh/drafts", "/en/drafts", "/zh/translations", "/en/translations", "/en/translations/translation-drift-digest", "/zh/inbox", "/en/inbox"]) {
      const response = await page.goto(url);
      await expect(response?.status(), url).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: url.startsWith("/zh") ? "找不到这个页面" : "Page not found" })).toBeVisible();
      await expect(page.getByRole("heading", { name: /草稿与定时发布|翻译状态|收件箱|Drafts|Translation|Inbox/ })).toHaveCount(0);
    }
  });
});
