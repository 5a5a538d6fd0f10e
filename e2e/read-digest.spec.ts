import { expect, test } from "./support/test";

const SEED = "/zh/posts/sovereign-edge-ai-kubernetes";
const ZH_TITLE = "云原生技术动态：主权AI与边缘计算驱动Kubernetes部署模式变革";
const EN_TITLE = "Cloud Native Roundup: Sovereign AI and Edge Computing Drive a Shift in Kubernetes Deployment Models";

const NEWS = [
  { title: "主权AI驱动本地Kubernetes部署回归", source: "Sovereign and edge AI drive return to on-premise Kubernetes", domain: "computerweekly.com" },
  { title: "CNCF发布2026年云原生发展预测", source: "State of Cloud‑Native 2026: CNCF CTO's Insights and Predictions", domain: "horovits.medium.com" },
  { title: "Kubernetes与AI推理融合成为2026年核心趋势", source: "Top 5 Tech Trends 2026: AI Inference & Kubernetes", domain: "portworx.com" },
];
const TAGS = ["kubernetes", "sovereign-ai", "edge-computing", "cloud-native", "on-premise"];

test.describe("reading the seed digest in Chinese", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(SEED);
  });

  test("shows the front-matter title once, the lead and the page metadata", async ({ page }) => {
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await expect(page).toHaveTitle(new RegExp(ZH_TITLE));
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ZH_TITLE);
    // The markdown repeats the title as `# Title`; it must not be rendered as a second heading.
    await expect(page.getByRole("heading", { name: ZH_TITLE })).toHaveCount(1);
    await expect(page.getByText("本周云原生领域迎来重大转变，主权AI与边缘计算需求正在推动企业重新考虑Kubernetes部署策略。")).toBeVisible();

    const article = page.getByRole("main").getByRole("article").first();
    await expect(article.getByText("2026年1月18日")).toBeVisible();
    await expect(article.getByText("作者：云原生观察")).toBeVisible();
    await expect(article.getByText(/\d+\s*分钟/)).toBeVisible();
  });

  test("lists the main news as three cards, each with a title, its source and a citation", async ({ page }) => {
    const mainNews = page.getByRole("region", { name: "主要新闻", exact: true });
    await expect(mainNews).toBeVisible();
    const cards = mainNews.getByRole("article");
    await expect(cards).toHaveCount(3);

    for (const [i, item] of NEWS.entries()) {
      const n = i + 1;
      const card = cards.nth(i);
      await expect(card.getByRole("heading", { level: 3 })).toHaveText(new RegExp(`${item.title}$`));
      await expect(card).toHaveAccessibleName(item.title);
      const source = card.getByRole("link", { name: item.source, exact: true });
      await expect(source).toHaveAttribute("href", new RegExp(`^https://[^/]*${item.domain.replace(/\./g, "\\.")}/`));
      await expect(source).toHaveAttribute("rel", "noopener noreferrer");
      await expect(card.getByText(item.domain)).toBeVisible();
      const citation = card.getByRole("link", { name: `参考来源 ${n}`, exact: true });
      await expect(citation).toHaveText(`[${n}]`);
      await expect(citation).toHaveAttribute("href", `#source-${n}`);
    }
  });

  test("has the analysis and conclusion sections, and no trailing rule", async ({ page }) => {
    const analysis = page.getByRole("region", { name: "分析", exact: true });
    const conclusion = page.getByRole("region", { name: "结论", exact: true });
    await expect(analysis.getByRole("heading", { level: 2, name: "分析" })).toBeVisible();
    await expect(analysis.getByText("本周云原生领域的三大新闻揭示了几个重要的行业趋势。", { exact: false })).toBeVisible();
    await expect(conclusion.getByRole("heading", { level: 2, name: "结论" })).toBeVisible();
    await expect(conclusion.getByText("2026年初的云原生领域呈现出明显的转型特征。", { exact: false })).toBeVisible();
    // The seed ends with Jekyll's `---`, which is dropped.
    await expect(page.getByRole("main").getByRole("separator")).toHaveCount(0);
  });

  test("numbers every source at the end, and a citation jumps to its entry", async ({ page }) => {
    const sources = page.getByRole("region", { name: "参考来源", exact: true });
    const entries = sources.getByRole("listitem");
    await expect(entries).toHaveCount(3);
    for (const [i, item] of NEWS.entries()) {
      const entry = entries.nth(i);
      await expect(entry).toContainText(`[${i + 1}]`);
      await expect(entry).toContainText(item.domain);
      await expect(entry.getByRole("link", { name: item.source, exact: true })).toHaveAttribute("rel", "noopener noreferrer");
    }

    await page.getByRole("link", { name: "参考来源 2", exact: true }).click();
    await expect(page).toHaveURL(/#source-2$/);
    await expect(entries.nth(1)).toBeInViewport();

    await page.getByRole("link", { name: "参考来源 3", exact: true }).click();
    await expect(page).toHaveURL(/#source-3$/);
    await expect(entries.nth(2)).toBeInViewport();
  });

  test("links every tag to its tag page", async ({ page }) => {
    const tags = page.getByRole("list", { name: "标签", exact: true });
    await expect(tags.getByRole("link")).toHaveCount(TAGS.length);
    for (const tag of TAGS) {
      await expect(tags.getByRole("link", { name: `#${tag}`, exact: true })).toHaveAttribute("href", `/zh/tags/${tag}`);
    }
    await tags.getByRole("link", { name: "#sovereign-ai", exact: true }).click();
    await expect(page).toHaveURL(/\/zh\/tags\/sovereign-ai$/);
    await expect(page.getByRole("link", { name: ZH_TITLE })).toBeVisible();
  });

  test("moves to the older and newer issues", async ({ page }) => {
    const nav = page.getByRole("navigation", { name: "上一期与下一期" });
    await nav.getByRole("link", { name: /较早一期/ }).click();
    await expect(page).toHaveURL(/\/zh\/posts\/mdx-service-mesh-roundup$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("服务网格综述（MDX 写作）");

    await page.getByRole("navigation", { name: "上一期与下一期" }).getByRole("link", { name: /较新一期/ }).click();
    await expect(page).toHaveURL(new RegExp(`${SEED}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ZH_TITLE);

    await page.getByRole("navigation", { name: "上一期与下一期" }).getByRole("link", { name: /较新一期/ }).click();
    await expect(page).toHaveURL(/\/zh\/posts\/zh-only-edge-gitops$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("云原生周报：边缘 GitOps 与可观测性标准化");
  });
});

test.describe("finding the seed digest on the home page", () => {
  const editions = [
    { path: "/zh", lang: "zh-Hans", title: ZH_TITLE, date: "2026年1月18日", summary: "本周云原生领域迎来重大转变" },
    { path: "/en", lang: "en", title: EN_TITLE, date: "January 18, 2026", summary: "The cloud-native world saw a major shift this week" },
  ];
  for (const { path, lang, title, date, summary } of editions) {
    test(`${path} lists the seed digest as a card`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      const card = page.getByRole("article").filter({ has: page.getByRole("heading", { name: title }) });
      await expect(card).toHaveCount(1);
      await expect(card.getByRole("link", { name: title })).toHaveAttribute("href", `${path}/posts/sovereign-edge-ai-kubernetes`);
      await expect(card.getByText(date)).toBeVisible();
      await expect(card.getByText(summary, { exact: false })).toBeVisible();
      for (const tag of TAGS) {
        await expect(card.getByRole("link", { name: `#${tag}`, exact: true })).toHaveAttribute("href", `${path}/tags/${tag}`);
      }
      await card.getByRole("link", { name: title }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    });
  }
});
