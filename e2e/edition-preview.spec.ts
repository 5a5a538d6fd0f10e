import { cpSync, mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "./support/test";
import { startDevServer, visit, type DevServer } from "./support/dev-server";

// An editor prepares an issue's email and WeChat editions in `npm run dev`,
// before publishing. The preview exists only there, so this suite runs its
// own `next dev` on a copy of the fixtures; the production build (the other
// suites' server) must answer 404.
const port = Number(process.env.E2E_EDITION_PORT ?? 3291);
const origin = `http://127.0.0.1:${port}`;
const root = process.cwd();
const DIST = ".next-edition-e2e";
const SITE = "https://digest.example";
/** e2e/fixtures/posts/edition-sovereign-edge-draft: the seed's digest as a draft, with inline links, code and lists. */
const SLUG = "edition-sovereign-edge-draft";
const TITLE = "云原生技术动态（邮件版样稿）：主权AI与边缘计算驱动Kubernetes部署模式变革";
const SOURCES = [
  "https://www.computerweekly.com/news/366637421/Sovereign-and-edge-AI-drive-return-to-on-premise-Kubernetes",
  "https://horovits.medium.com/state-of-cloud-native-2026-cncf-ctos-insights-and-predictions-479e6bbf793c",
  "https://portworx.com/blog/top-tech-trends-2026-kubernetes-ai-inference/",
  "https://example.com/zh/edge-gitops",
  "https://example.org/survey?a=1&b=2",
];
/** Cited in the article body: listed after the sources in the WeChat edition. */
const INLINE = ["https://kubernetes.io/docs/concepts/overview/", `${SITE}/zh/posts/sovereign-edge-ai-kubernetes`];
const WECHAT_LINK = "https://mp.weixin.qq.com/s/edge-computing-101";

let tmp = "";
let server: DevServer | undefined;

test.describe("the email and WeChat editions in npm run dev", () => {
  test.describe.configure({ mode: "serial" });
  test.use({ baseURL: origin, permissions: ["clipboard-read", "clipboard-write"] });

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    tmp = realpathSync(mkdtempSync(path.join(tmpdir(), "digest-edition-e2e-")));
    const content = path.join(tmp, "content", "posts");
    cpSync(path.join(root, "e2e", "fixtures", "posts"), content, { recursive: true });
    server = await startDevServer({ port, content, distDir: DIST, env: { SITE_URL: SITE } });
  });

  test.afterAll(async () => {
    await server?.stop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  test.afterEach(async ({}, testInfo) => {
    if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach("next-dev.log", { body: server?.log() ?? "", contentType: "text/plain" });
  });

  test("the draft banner and the drafts page link to the edition preview", async ({ page }) => {
    test.setTimeout(180_000);
    await visit(page, `/zh/posts/${SLUG}`);
    const banner = page.getByRole("status").filter({ hasText: /^草稿：/ });
    await expect(banner.getByRole("link", { name: "预览邮件与公众号版本" })).toHaveAttribute("href", `/zh/posts/${SLUG}/edition`);

    await visit(page, "/zh/drafts");
    const editions = page.getByRole("region", { name: "邮件与公众号版本" });
    const item = editions.getByRole("listitem").filter({ hasText: TITLE });
    await expect(item.getByRole("link", { name: "预览邮件与公众号版本" })).toHaveAttribute("href", `/zh/posts/${SLUG}/edition`);
  });

  test("the preview shows the email at 600 px and the WeChat article at 375 px", async ({ page }) => {
    test.setTimeout(180_000);
    const response = await visit(page, `/zh/posts/${SLUG}/edition`);
    await expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("邮件与公众号版本");
    await expect(page.getByText("这篇文章尚未发布")).toBeVisible();

    const email = page.frameLocator('iframe[title="邮件预览"]');
    await expect(email.getByRole("heading", { level: 1 })).toHaveText(TITLE);
    await expect(email.getByRole("link", { name: "在网页上阅读" })).toHaveAttribute("href", `${SITE}/zh/posts/${SLUG}`);
    await expect(email.getByRole("link", { name: "退订" })).toHaveAttribute("href", "{{unsubscribe_url}}");
    for (const url of SOURCES) await expect(email.locator(`a[href="${url}"]`).first()).toBeVisible();
    await expect(await email.locator("html").evaluate(() => window.innerWidth)).toBe(600);

    const wechat = page.frameLocator('iframe[title="公众号文章预览"]');
    await expect(wechat.getByRole("heading", { name: "参考来源" })).toBeVisible();
    await expect(wechat.locator("a")).toHaveCount(1);
    await expect(wechat.locator("a")).toHaveAttribute("href", WECHAT_LINK);
    for (const url of [...SOURCES, ...INLINE]) await expect(wechat.locator("body")).toContainText(url);
    // Readable on a phone: nothing wider than the 375 px screen.
    await expect(await wechat.locator("html").evaluate(() => window.innerWidth)).toBe(375);
    await expect(await wechat.locator("html").evaluate((html) => html.scrollWidth <= html.clientWidth)).toBe(true);

    await expect(page.getByRole("region", { name: "公众号文章（375 px）" }).getByText("https://example.com/images/edge-architecture.png")).toBeVisible();
  });

  test("the WeChat copy button puts rich HTML on the clipboard that keeps its structure and sources when pasted", async ({ page }) => {
    test.setTimeout(180_000);
    await visit(page, `/zh/posts/${SLUG}/edition`);
    const pane = page.getByRole("region", { name: "公众号文章（375 px）" });
    await pane.getByRole("button", { name: "复制公众号图文" }).click();
    await expect(pane.getByRole("status")).toHaveText("已复制");

    // An editable area, like the body of the 公众号 editor.
    await page.evaluate(() => {
      const editor = document.createElement("div");
      editor.contentEditable = "true";
      editor.setAttribute("role", "textbox");
      editor.setAttribute("aria-label", "WeChat editor");
      document.body.append(editor);
    });
    const editor = page.getByRole("textbox", { name: "WeChat editor" });
    await editor.focus();
    await page.keyboard.press("ControlOrMeta+V");

    await expect(editor.locator("section").first()).toBeAttached();
    await expect(editor.getByRole("heading", { level: 2 })).toHaveText(["主要新闻", "分析", "结论", "参考来源"]);
    await expect(editor.getByRole("heading", { level: 3 })).toHaveCount(4);
    await expect(editor.locator("li li")).toHaveCount(1);
    await expect(editor.locator("sup").first()).toHaveText("[1]");
    await expect(editor.locator("[style]").first()).toBeAttached();
    for (const url of [...SOURCES, ...INLINE]) await expect(editor).toContainText(url);
    await expect(editor.locator("a")).toHaveCount(1);
    await expect(editor.locator("a")).toHaveAttribute("href", WECHAT_LINK);
    await expect(editor.locator("style, script")).toHaveCount(0);
  });

  test("the email copy button puts the HTML source on the clipboard", async ({ page }) => {
    test.setTimeout(180_000);
    await visit(page, `/zh/posts/${SLUG}/edition`);
    const pane = page.getByRole("region", { name: "邮件（600 px）" });
    await pane.getByRole("button", { name: "复制邮件 HTML 源码" }).click();
    await expect(pane.getByRole("status")).toHaveText("已复制");
    const source = await page.evaluate(() => navigator.clipboard.readText());
    await expect(source).toMatch(/^<!DOCTYPE html/);
    await expect(source).toContain(`href="${SITE}/zh/posts/${SLUG}"`);
    await expect(source).toContain('href="{{unsubscribe_url}}"');
    for (const url of SOURCES) await expect(source).toContain(`href="${url.replace(/&/g, "&amp;")}"`);
  });

  test("the English preview", async ({ page }) => {
    test.setTimeout(180_000);
    await visit(page, `/en/posts/${SLUG}/edition`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Email and WeChat editions");
    const email = page.frameLocator('iframe[title="Email preview"]');
    await expect(email.getByRole("link", { name: "Read on the web" })).toHaveAttribute("href", `${SITE}/en/posts/${SLUG}`);
    const wechat = page.frameLocator('iframe[title="WeChat article preview"]');
    await expect(wechat.getByRole("heading", { name: "Sources" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Copy the WeChat article" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Copy the email HTML source" })).toBeVisible();
  });
});

test.describe("the edition preview in a production build", () => {
  test("is a 404, for published posts and drafts alike, while the posts stay static pages", async ({ request }) => {
    for (const locale of ["zh", "en"]) {
      await expect((await request.get(`/${locale}/posts/mdx-service-mesh-roundup/edition`)).status()).toBe(404);
      await expect((await request.get(`/${locale}/posts/${SLUG}/edition`)).status()).toBe(404);
      await expect((await request.get(`/${locale}/posts/mdx-service-mesh-roundup`)).status()).toBe(200);
    }
  });
});
