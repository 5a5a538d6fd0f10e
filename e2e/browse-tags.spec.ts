import { expect, test } from "./support/test";

const ZH_SEED_TITLE = "云原生技术动态：主权AI与边缘计算驱动Kubernetes部署模式变革";
const EN_SEED_TITLE = "Cloud Native Roundup: Sovereign AI and Edge Computing Drive a Shift in Kubernetes Deployment Models";
const ZH_ONLY_TITLE = "云原生周报：边缘 GitOps 与可观测性标准化";

test.describe("browsing by tag, category and year", () => {
  test("the tag index lists tags with counts and leads to a tag page", async ({ page }) => {
    await page.goto("/en/tags");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("All tags");
    const main = page.getByRole("main");
    // Seed, English-only fixture and MDX fixture all carry "kubernetes".
    await expect(main.getByRole("link", { name: /^#kubernetes\b/ })).toHaveText(/#kubernetes\s*3 posts/);
    await expect(main.getByRole("link", { name: /^#sovereign-ai\b/ })).toHaveText(/#sovereign-ai\s*1 post$/);
    // Unpublished fixtures contribute nothing.
    await expect(main.getByRole("link", { name: /future-only-tag|draft-only-tag/ })).toHaveCount(0);

    await main.getByRole("link", { name: /^#kubernetes\b/ }).click();
    await expect(page).toHaveURL(/\/en\/tags\/kubernetes$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tag: kubernetes");
    await expect(page.getByRole("main").getByRole("link", { name: EN_SEED_TITLE })).toHaveAttribute("href", "/en/posts/sovereign-edge-ai-kubernetes");
    await expect(page.getByRole("main").getByRole("article")).toHaveCount(3);
  });

  for (const path of ["/zh/tags/云原生", "/zh/tags/%E4%BA%91%E5%8E%9F%E7%94%9F"]) {
    test(`a Chinese tag works in the URL (${path})`, async ({ page }) => {
      const response = await page.goto(path);
      await expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("标签：云原生");
      await expect(page.getByRole("main").getByRole("link", { name: ZH_ONLY_TITLE })).toHaveAttribute("href", "/zh/posts/zh-only-edge-gitops");
    });
  }

  test("a Chinese tag can be reached from the Chinese tag index", async ({ page }) => {
    await page.goto("/zh/tags");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("全部标签");
    await page.getByRole("main").getByRole("link", { name: /^#云原生\s/ }).click();
    await expect(page).toHaveURL(/\/zh\/tags\/(云原生|%E4%BA%91%E5%8E%9F%E7%94%9F)$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("标签：云原生");
    await expect(page.getByRole("main").getByRole("link", { name: ZH_ONLY_TITLE })).toBeVisible();
  });

  test("a Chinese category page lists its posts", async ({ page }) => {
    const response = await page.goto("/zh/categories/社区");
    await expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("分类：社区");
    await expect(page.getByRole("main").getByRole("article")).toHaveCount(1);
    await page.getByRole("main").getByRole("link", { name: ZH_ONLY_TITLE }).click();
    await expect(page).toHaveURL(/\/zh\/posts\/zh-only-edge-gitops$/);
    await page.getByRole("list", { name: "分类" }).getByRole("link", { name: "社区" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("分类：社区");
  });

  test("the archive groups posts by year", async ({ page }) => {
    await page.goto("/zh/archive");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("归档");
    await expect(page.getByRole("heading", { level: 2, name: /^2026/ })).toBeVisible();
    const year = page.getByRole("region", { name: /^2026/ });
    await expect(year.getByRole("link", { name: ZH_SEED_TITLE })).toHaveAttribute("href", "/zh/posts/sovereign-edge-ai-kubernetes");
    await expect(year.getByRole("link", { name: ZH_ONLY_TITLE })).toBeVisible();
    await expect(year.getByRole("link", { name: /DRAFT-MARKER/ })).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 2, name: /^2099/ })).toHaveCount(0);
  });
});
