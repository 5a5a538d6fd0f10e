import { expect, test, type APIRequestContext, type Page } from "./support/test";

const ZH_POST = "/zh/posts/sovereign-edge-ai-kubernetes";
const EN_POST = "/en/posts/sovereign-edge-ai-kubernetes";
const ZH_TITLE = "云原生技术动态：主权AI与边缘计算驱动Kubernetes部署模式变革";
const EN_TITLE = "Cloud Native Roundup: Sovereign AI and Edge Computing Drive a Shift in Kubernetes Deployment Models";

const switcher = (page: Page, name: "English" | "中文") => page.getByRole("banner").getByRole("link", { name, exact: true });

async function switchesBetweenEditions(page: Page) {
  await page.goto(ZH_POST);
  await expect(switcher(page, "English")).toHaveAttribute("href", EN_POST);
  await expect(switcher(page, "English")).toHaveAccessibleDescription("切换到英文版");
  await switcher(page, "English").click();
  await expect(page).toHaveURL(new RegExp(`${EN_POST}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(EN_TITLE);

  await expect(switcher(page, "中文")).toHaveAttribute("href", ZH_POST);
  await expect(switcher(page, "中文")).toHaveAccessibleDescription("Switch to the Chinese edition");
  await switcher(page, "中文").click();
  await expect(page).toHaveURL(new RegExp(`${ZH_POST}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ZH_TITLE);
}

test.describe("switching the language of a digest", () => {
  test("the switcher goes to the same post in the other language and back", async ({ page }) => {
    await switchesBetweenEditions(page);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the switcher is a plain link that still works", async ({ page }) => {
      await switchesBetweenEditions(page);
    });
  });

  test("a Chinese-only post says so and offers the English home, not a 404", async ({ page }) => {
    const response = await page.goto("/zh/posts/zh-only-edge-gitops");
    await expect(response?.status()).toBe(200);
    await expect(page.getByText("本文暂无英文版。")).toBeVisible();
    await expect(switcher(page, "English")).toHaveAttribute("href", "/en");
    await expect(switcher(page, "English")).toHaveAccessibleDescription("前往英文版首页");

    const [home] = await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === "/en"), switcher(page, "English").click()]);
    await expect(page).toHaveURL(/\/en$/);
    await expect(home.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Latest issues");
  });

  test("an English-only post says so and offers the Chinese home, not a 404", async ({ page }) => {
    const response = await page.goto("/en/posts/en-only-platform-weekly");
    await expect(response?.status()).toBe(200);
    await expect(page.getByText("This digest is not available in Chinese.")).toBeVisible();
    await expect(switcher(page, "中文")).toHaveAttribute("href", "/zh");
    await expect(switcher(page, "中文")).toHaveAccessibleDescription("Go to the Chinese home page");

    const [home] = await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === "/zh"), switcher(page, "中文").click()]);
    await expect(page).toHaveURL(/\/zh$/);
    await expect(home.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("最新一期");
  });
});

test.describe("arriving at / picks the reader's language", () => {
  const location = async (headers: Record<string, string>, request: APIRequestContext) => {
    const response = await request.get("/", { headers, maxRedirects: 0 });
    await expect([302, 303, 307, 308]).toContain(response.status());
    return new URL(response.headers()["location"] ?? "", "http://localhost").pathname;
  };

  test("Accept-Language decides when there is no cookie", async ({ request }) => {
    await expect(await location({ "Accept-Language": "en" }, request)).toBe("/en");
    await expect(await location({ "Accept-Language": "en-US,en;q=0.9" }, request)).toBe("/en");
    await expect(await location({ "Accept-Language": "zh-CN" }, request)).toBe("/zh");
    await expect(await location({ "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.8" }, request)).toBe("/zh");
  });

  test("the NEXT_LOCALE cookie wins over Accept-Language", async ({ request }) => {
    await expect(await location({ "Accept-Language": "en", Cookie: "NEXT_LOCALE=zh" }, request)).toBe("/zh");
    await expect(await location({ "Accept-Language": "zh-CN", Cookie: "NEXT_LOCALE=en" }, request)).toBe("/en");
  });

  test.describe("an English browser", () => {
    test.use({ locale: "en-US" });
    test("lands on /en", async ({ page }) => {
      await page.goto("/");
      await expect(page).toHaveURL(/\/en$/);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
    });
  });

  test.describe("a Chinese browser", () => {
    test.use({ locale: "zh-CN" });

    test("lands on /zh", async ({ page }) => {
      await page.goto("/");
      await expect(page).toHaveURL(/\/zh$/);
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    });

    test("remembers the language chosen with the switcher", async ({ page, context }) => {
      await page.goto(ZH_POST);
      await switcher(page, "English").click();
      await expect(page).toHaveURL(new RegExp(`${EN_POST}$`));
      await expect.poll(async () => (await context.cookies()).find((c) => c.name === "NEXT_LOCALE")?.value).toBe("en");
      await page.goto("/");
      await expect(page).toHaveURL(/\/en$/);

      await switcher(page, "中文").click();
      await expect(page).toHaveURL(/\/zh$/);
      await expect.poll(async () => (await context.cookies()).find((c) => c.name === "NEXT_LOCALE")?.value).toBe("zh");
      await page.goto("/");
      await expect(page).toHaveURL(/\/zh$/);
    });
  });
});

test.describe("the switcher on every kind of page", () => {
  // Fixtures: both languages have three home pages, and four issues tagged
  // "observability" in the category "weekly" (page size 3).
  const pairs: [string, string][] = [
    ["/zh", "/en"],
    ["/zh/page/2", "/en/page/2"],
    ["/zh/posts/sovereign-edge-ai-kubernetes", "/en/posts/sovereign-edge-ai-kubernetes"],
    ["/zh/tags", "/en/tags"],
    ["/zh/tags/observability", "/en/tags/observability"],
    ["/zh/tags/observability/page/2", "/en/tags/observability/page/2"],
    ["/zh/categories/weekly", "/en/categories/weekly"],
    ["/zh/categories/weekly/page/2", "/en/categories/weekly/page/2"],
    ["/zh/archive", "/en/archive"],
    ["/zh/archive/2025", "/en/archive/2025"],
    ["/zh/search", "/en/search"],
  ];
  for (const [zh, en] of pairs) {
    test(`${zh} and ${en} link to each other`, async ({ page }) => {
      await page.goto(zh);
      await expect(switcher(page, "English")).toHaveAttribute("href", en);
      await expect(switcher(page, "English")).toHaveAccessibleDescription("切换到英文版");
      await page.goto(en);
      await expect(switcher(page, "中文")).toHaveAttribute("href", zh);
    });
  }
});
