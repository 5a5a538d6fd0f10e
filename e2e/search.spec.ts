import { e2eDistDir } from "./support/dist-dir";
import { searchEntries } from "./support/pagefind";
import { expect, test, untilInteractive, type Page } from "./support/test";

const ZH_SEED_TITLE = "云原生技术动态：主权AI与边缘计算驱动Kubernetes部署模式变革";
const EN_SEED_TITLE = "Cloud Native Roundup: Sovereign AI and Edge Computing Drive a Shift in Kubernetes Deployment Models";
const SEED = (locale: string) => `/${locale}/posts/sovereign-edge-ai-kubernetes`;

const LABELS = {
  zh: { box: "搜索关键词", button: "搜索", date: "2026年1月18日" },
  en: { box: "Search terms", button: "Search", date: "January 18, 2026" },
} as const;

async function search(page: Page, locale: "zh" | "en", query: string) {
  // After a full page load (the language switcher is a plain link), the box searches in place once the page is alive.
  await untilInteractive(page);
  const form = page.getByRole("search");
  await form.getByRole("searchbox", { name: LABELS[locale].box }).fill(query);
  await form.getByRole("button", { name: LABELS[locale].button }).click();
}

/** The result whose heading links to `title`. */
const result = (page: Page, title: string) => page.getByRole("main").getByRole("listitem").filter({ has: page.getByRole("link", { name: title }) });

test.describe("searching the digest", () => {
  // Pagefind segments Chinese into words and marks each: 边缘计算 is 边缘 + 计算.
  const chinese = [
    { query: "主权", marked: /^主权$/ },
    { query: "边缘计算", marked: /^(边缘|计算|边缘计算)$/ },
  ];
  for (const { query, marked } of chinese) {
    test(`a Chinese reader finds the seed by ${query}`, async ({ page }) => {
      await page.goto("/zh/search");
      await search(page, "zh", query);
      const hit = result(page, ZH_SEED_TITLE);
      await expect(hit).toHaveCount(1);
      await expect(hit.getByRole("link", { name: ZH_SEED_TITLE })).toHaveAttribute("href", SEED("zh"));
      await expect(hit.getByText(LABELS.zh.date, { exact: true })).toBeVisible();
      await expect(hit.locator("mark").first()).toBeVisible();
      await expect(hit.locator("mark").first()).toHaveText(marked);
      // The query is kept in the address, so the results can be shared.
      await expect(page).toHaveURL(`/zh/search?q=${encodeURIComponent(query)}`);
    });
  }

  test("an English reader finds the English seed by “sovereign”", async ({ page }) => {
    await page.goto("/en/search");
    await search(page, "en", "sovereign");
    const hit = result(page, EN_SEED_TITLE);
    await expect(hit).toHaveCount(1);
    await expect(hit.getByRole("link", { name: EN_SEED_TITLE })).toHaveAttribute("href", SEED("en"));
    await expect(hit.getByText(LABELS.en.date, { exact: true })).toBeVisible();
    await expect(hit.locator("mark").first()).toHaveText(/sovereign/i);
    await expect(page.getByRole("main").getByRole("link", { name: ZH_SEED_TITLE })).toHaveCount(0);
  });

  test("the English search does not return Chinese posts", async ({ page }) => {
    await page.goto("/en/search");
    await search(page, "en", "主权");
    await expect(page.getByText("No posts match “主权”.")).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: ZH_SEED_TITLE })).toHaveCount(0);
    await expect(page.getByRole("main").locator('a[href^="/zh/"]')).toHaveCount(0);
  });

  test("a search link (?q=) runs the search on load", async ({ page }) => {
    await page.goto(`/zh/search?q=${encodeURIComponent("主权")}`);
    await expect(page.getByRole("search").getByRole("searchbox", { name: LABELS.zh.box })).toHaveValue("主权");
    await expect(result(page, ZH_SEED_TITLE)).toHaveCount(1);
    await expect(page.getByText(/^找到 \d+ 篇文章$/)).toBeVisible();
  });

  test("only the search page loads the search code, once a reader searches", async ({ page }) => {
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    for (const path of ["/zh", SEED("zh"), "/en", SEED("en")]) {
      await page.goto(path, { waitUntil: "networkidle" });
      await expect(requested.filter((url) => url.includes("pagefind")), `${path} loads no search code`).toEqual([]);
    }
    await page.goto("/zh/search", { waitUntil: "networkidle" });
    await search(page, "zh", "主权");
    await expect(result(page, ZH_SEED_TITLE)).toHaveCount(1);
    await expect(requested.some((url) => url.includes("pagefind"))).toBe(true);
  });

  // One index per language (scripts/build/search-index.mjs): a reader downloads only their language's.
  const pagefindFolders = (requested: string[]) => [...new Set(requested.flatMap((url) => /\/_next\/static\/pagefind\/([^/]+)\//.exec(new URL(url).pathname)?.[1] ?? []))];

  test("each language's search loads only that language's index", async ({ page }) => {
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    await page.goto("/zh/search");
    await search(page, "zh", "主权");
    await expect(result(page, ZH_SEED_TITLE)).toHaveCount(1);
    expect(pagefindFolders(requested)).toEqual(["zh"]);
    expect(requested.some((url) => url.endsWith(".pf_fragment"))).toBe(true);

    // The language switcher loads the English search page; it then loads the English index.
    requested.length = 0;
    await page.getByRole("banner").getByRole("link", { name: "English", exact: true }).click();
    await expect(page).toHaveURL("/en/search");
    await search(page, "en", "sovereign");
    await expect(result(page, EN_SEED_TITLE)).toHaveCount(1);
    await expect(page.getByRole("main").getByRole("link", { name: ZH_SEED_TITLE })).toHaveCount(0);
    expect(pagefindFolders(requested)).toEqual(["en"]);
  });
});

test.describe("search excerpts and filters", () => {
  test("an excerpt is the body text that matched, never the tag chips", async ({ page }) => {
    await page.goto("/en/search");
    await search(page, "en", "observability");
    const hit = result(page, "Year-End Review: A Year of Observability");
    await expect(hit).toHaveCount(1);
    const excerpt = hit.locator("p").last();
    await expect(excerpt.locator("mark").first()).toHaveText(/observability/i);
    await expect(excerpt).not.toContainText("#");
    await expect(excerpt).not.toContainText(/Weekly roundup|sre\b/);
  });

  for (const [locale, query, legend, name] of [["en", "issue", "Filter by tag", "Observability"], ["zh", "可观测性", "按标签筛选", "可观测性"]] as const) {
    test(`${locale}: tags are filters, shown by name, that narrow the results`, async ({ page }) => {
      await page.goto(`/${locale}/search`);
      // Pagefind loads on demand: no filters before the first search.
      const group = page.getByRole("group", { name: legend });
      await expect(group).toHaveCount(0);
      await search(page, locale, query);
      const results = page.getByRole("main").getByRole("listitem");
      await expect(results.first()).toBeVisible();
      const before = await results.count();
      const button = group.getByRole("button", { name: new RegExp(`^${name} \\(4\\)$`) });
      await expect(button).toBeVisible();
      await expect(group.getByRole("button", { name: /^observability/ })).toHaveCount(0);
      await button.click();
      await expect(button).toHaveAttribute("aria-pressed", "true");
      await expect(results).toHaveCount(4);
      await expect(before).toBeGreaterThan(4);
    });
  }
});

test.describe("what the search index keeps of a post", () => {
  // Pagefind takes a post's first image as its result image. A post with no
  // image of its own must not get the share-to-WeChat QR code (outside the
  // post, data-pagefind-ignore) as its image, nor any of its text.
  test("the share QR code is not a post's search image", async () => {
    const entries = ["zh", "en"].flatMap((locale) => searchEntries(e2eDistDir(), locale));
    // zh-only-edge-gitops has no image in its body; every post page has the share QR code.
    const gitops = entries.find((e) => e.url === "/zh/posts/zh-only-edge-gitops");
    await expect(gitops, "the post is in the index").toBeTruthy();
    await expect(gitops!.meta.image).toBeUndefined();
    for (const entry of entries) {
      await expect(entry.meta.image ?? "", entry.url).not.toMatch(/^data:/);
      await expect(entry.content, entry.url).not.toContain("分享到微信");
      await expect(entry.content, entry.url).not.toContain("Share to WeChat");
    }
  });
});
