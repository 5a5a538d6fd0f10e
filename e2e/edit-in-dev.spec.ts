import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext } from "./support/test";
import { DROPPED, startDevServer, visit, type DevServer } from "./support/dev-server";

// The editor's loop: `npm run dev`, write or fix a post, reload. This suite
// runs its own `next dev` on a copy of the fixtures (never content/),
// unlike the other suites, which run against the production build.
const port = Number(process.env.E2E_DEV_PORT ?? 3290);
const origin = `http://127.0.0.1:${port}`;
const root = process.cwd();
const DRAFT = { slug: "dev-draft-journey", title: "编辑草稿：本地预览中的周报" };
const SCHEDULED = { slug: "dev-scheduled-journey", title: "定时周报：来自未来的一期" };
const BROKEN = { slug: "dev-broken-journey", title: "修好日期的周报" };
const NEW = { slug: "dev-new-journey", title: "全新一期：刚刚写好的周报" };
const SEED_TITLE = "云原生技术动态：主权AI与边缘计算驱动Kubernetes部署模式变革";

let tmp = "";
let content = "";
let server: DevServer | undefined;

const post = (title: string, date: string, extra = "") => `---
title: "${title}"
date: ${date}
${extra}tags: [dev-journey]
---

这是编辑在本地预览的一篇文章。

## 主要新闻

### 一条新闻

内容。

**Source:** [Example](https://example.com/dev-journey)
`;

function write(slug: string, text: string) {
  mkdirSync(path.join(content, slug), { recursive: true });
  writeFileSync(path.join(content, slug, "zh.md"), text);
}

async function statusOf(request: APIRequestContext, url: string) {
  const deadline = Date.now() + 150_000;
  for (;;) {
    try {
      return (await request.get(url, { timeout: 150_000 })).status();
    } catch (error) {
      if (!DROPPED.test(String(error)) || Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 2_000));
    }
  }
}

/** The path as the dev server prints it: relative to the project, like content/posts/x/zh.md. */
const shown = (slug: string) => path.relative(root, path.join(content, slug, "zh.md")).split(path.sep).join("/");

test.describe("editing posts with npm run dev", () => {
  test.describe.configure({ mode: "serial" });

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    tmp = realpathSync(mkdtempSync(path.join(tmpdir(), "digest-dev-e2e-")));
    content = path.join(tmp, "content", "posts");
    cpSync(path.join(root, "e2e", "fixtures", "posts"), content, { recursive: true });
    write(DRAFT.slug, post(DRAFT.title, "2026-01-10", "draft: true\n"));
    write(SCHEDULED.slug, post(SCHEDULED.title, "2099-06-01 09:00:00 +0800"));
    write(BROKEN.slug, post(BROKEN.title, "2026-13-45"));

    server = await startDevServer({ port, content, distDir: ".next-dev-e2e" });
  });

  test.afterAll(async () => {
    await server?.stop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  test.afterEach(async ({}, testInfo) => {
    if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach("next-dev.log", { body: server?.log() ?? "", contentType: "text/plain" });
  });

  test.use({ baseURL: origin });

  test("a draft shows with a banner and is listed among the drafts", async ({ page }) => {
    test.setTimeout(180_000);
    const response = await visit(page, `/zh/posts/${DRAFT.slug}`);
    await expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(DRAFT.title);
    await expect(page.getByRole("status").filter({ hasText: /^草稿：本文尚未发布/ })).toBeVisible();

    await visit(page, "/zh/drafts");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("草稿与定时发布");
    const main = page.getByRole("main");
    await expect(main.getByRole("link", { name: DRAFT.title })).toHaveAttribute("href", `/zh/posts/${DRAFT.slug}`);
    await expect(main.getByRole("link", { name: SCHEDULED.title })).toBeVisible();
    await expect(main.getByRole("link", { name: SEED_TITLE })).toHaveCount(0);
  });

  test("a post dated in the future shows as scheduled", async ({ page }) => {
    test.setTimeout(180_000);
    const response = await visit(page, `/zh/posts/${SCHEDULED.slug}`);
    await expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(SCHEDULED.title);
    await expect(page.getByRole("status").filter({ hasText: /^定时发布：本文将于 2099年6月1日/ })).toBeVisible();
  });

  test("the translations page shows which languages are missing", async ({ page }) => {
    test.setTimeout(180_000);
    await visit(page, "/zh/translations");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("翻译状态");
    const draft = page.getByRole("row", { name: new RegExp(`^${DRAFT.slug}\\b`) });
    await expect(draft.getByRole("cell")).toHaveText(["草稿", "缺失"]);
    await expect(page.getByRole("row", { name: new RegExp(`^${BROKEN.slug}\\b`) }).getByRole("cell")).toHaveText(["有错误", "缺失"]);
    const seed = page.getByRole("row", { name: /^sovereign-edge-ai-kubernetes\b/ });
    await expect(seed.getByRole("cell")).toHaveText(["已发布", "已发布"]);
  });

  test("a translator compares both languages side by side, with what differs marked", async ({ page }) => {
    test.setTimeout(180_000);
    await visit(page, "/zh/translations");
    const row = page.getByRole("row", { name: /^translation-drift-digest\b/ });
    await expect(row.getByRole("link", { name: "对照" })).toHaveAttribute("href", "/zh/translations/translation-drift-digest");
    await visit(page, "/en/translations/translation-drift-digest");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Side by side: translation-drift-digest");
    const differences = page.getByRole("region", { name: "What differs" });
    for (const text of [
      "The dates differ",
      "The tags differ",
      "The number of news items differs",
      "News item 1: source https://example.com/zh/only-in-zh is only in zh",
      "News item 1: source https://example.com/en/only-in-en is only in en",
      "News item 3 is missing in en",
      "The en version may be out of date",
    ]) await expect(differences.getByText(text, { exact: true })).toBeVisible();
    // Aligned item by item: the third row has the Chinese item and nothing beside it.
    const third = page.locator('tr[data-row="item-3"]');
    await expect(third).toHaveAttribute("data-differs", "");
    await expect(third.getByRole("rowheader")).toContainText("missing: en");
    await expect(third.getByRole("cell").first()).toContainText("第三条：只在中文版");
    await expect(third.getByRole("cell").nth(1)).toHaveText("");
    await expect(page.locator('tr[data-row="item-2"]')).not.toHaveAttribute("data-differs", "");
    await expect(page.getByRole("link", { name: /^Open .*translation-drift-digest\/zh\.md in the editor$/ })).toHaveAttribute("href", /^vscode:\/\/file\/.*translation-drift-digest\/zh\.md$/);
    await expect(page.getByRole("region", { name: "content:check says" })).toContainText("translation may be out of date");
  });

  test("a broken post explains itself on its page while the rest of the site works", async ({ page, request }) => {
    test.setTimeout(180_000);
    const expected = `${shown(BROKEN.slug)}:3:7 error: date "2026-13-45" is not a valid date`;
    await visit(page, `/zh/posts/${BROKEN.slug}`);
    await expect(page.getByRole("alert").filter({ hasText: "这篇文章有内容错误，生产构建会失败" })).toContainText(expected);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(shown(BROKEN.slug));

    await expect(await statusOf(request, "/zh")).toBe(200);
    await expect(await statusOf(request, "/zh/posts/sovereign-edge-ai-kubernetes")).toBe(200);
    await visit(page, "/zh/posts/sovereign-edge-ai-kubernetes");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);
  });

  test("fixing the broken post shows it on the next reload, without a restart", async ({ page }) => {
    test.setTimeout(180_000);
    await visit(page, `/zh/posts/${BROKEN.slug}`);
    await expect(page.getByRole("alert").filter({ hasText: "这篇文章有内容错误" })).toBeVisible();

    write(BROKEN.slug, post(BROKEN.title, "2026-01-12"));
    await visit(page, null);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(BROKEN.title);
    await expect(page.getByRole("alert").filter({ hasText: "这篇文章有内容错误" })).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 3, name: "一条新闻" })).toBeVisible();
  });

  test("a new post folder shows on the next reload, on its page and on the home page", async ({ page }) => {
    test.setTimeout(180_000);
    // The editor has the new post's address open before the file exists.
    const before = await visit(page, `/zh/posts/${NEW.slug}`);
    await expect(before?.status()).toBe(404);

    write(NEW.slug, post(NEW.title, "2026-03-01"));
    const response = await visit(page, null);
    await expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(NEW.title);
    await expect(page.getByRole("status").filter({ hasText: /^草稿/ })).toHaveCount(0);

    await visit(page, "/zh");
    await expect(page.getByRole("main").getByRole("link", { name: NEW.title })).toHaveAttribute("href", `/zh/posts/${NEW.slug}`);
    await expect(page.getByRole("main").getByRole("link", { name: SEED_TITLE })).toBeVisible();
  });
});
