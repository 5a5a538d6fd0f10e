import AxeBuilder from "@axe-core/playwright";
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "./support/test";
import { startDevServer, visit, type DevServer } from "./support/dev-server";
import { FEED_ROUTES, startFixtureServer, type FixtureServer } from "../test/fixture-server";

// The editor's week: gather the followed feeds (served by a server this
// suite starts on 127.0.0.1), pick stories in the inbox of `npm run dev`,
// and get a draft with its sources written. All of it on a temp copy of the
// fixtures and a temp cache: nothing is written into the repository.
const port = Number(process.env.E2E_INBOX_PORT ?? 3295);
const origin = `http://127.0.0.1:${port}`;
const production = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3210)}`;
const root = process.cwd();
const TSX = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
const FEEDS = { "Kubernetes Blog": "/k8s/feed.xml", "Cloud Native News": "/news/feed/", "Platform Weekly": "/platform/feed.json" };
const POD_RESIZE = "Kubernetes v1.36: In-Place Pod Resize Graduates to GA";
const EBPF = "eBPF at scale: lessons from 10,000 nodes";
const GATEWAY = "Gateway API v1.5 adds mesh conformance";

let tmp = "";
let content = "";
let feeds: FixtureServer | undefined;
let server: DevServer | undefined;
const env = () => ({ ...process.env, DIGEST_CONTENT_DIR: content, DIGEST_CACHE_DIR: path.join(tmp, "cache"), TSX_TSCONFIG_PATH: path.join(root, "tsconfig.json") });

/** `npm run gather` without blocking this process, which serves the feeds. */
function gather(): Promise<{ status: number | null; stdout: string }> {
  const child = spawn(process.execPath, [TSX, "scripts/editor/gather.ts", "--since", "2026-02-25", "--timeout", "5"], { cwd: root, env: env() });
  let stdout = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr.on("data", (c: Buffer) => (stdout += c.toString()));
  return new Promise((resolve) => child.on("close", (status) => resolve({ status, stdout })));
}

test.describe("the editor's inbox in npm run dev", () => {
  test.describe.configure({ mode: "serial" });
  test.use({ baseURL: origin });

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    tmp = realpathSync(mkdtempSync(path.join(tmpdir(), "digest-inbox-e2e-")));
    content = path.join(tmp, "content", "posts");
    cpSync(path.join(root, "e2e", "fixtures", "posts"), content, { recursive: true });
    feeds = await startFixtureServer(FEED_ROUTES);
    const outlines = Object.entries(FEEDS).map(([title, url]) => `<outline type="rss" text="${title}" xmlUrl="${feeds!.origin}${url}"/>`);
    writeFileSync(path.join(tmp, "content", "sources.opml"), `<?xml version="1.0"?>\n<opml version="2.0"><head><title>e2e</title></head><body>\n${outlines.join("\n")}\n</body></opml>\n`);
    const run = await gather();
    if (run.status !== 0) throw new Error(`npm run gather failed:\n${run.stdout}`);
    mkdirSync(path.join(tmp, "cache"), { recursive: true });
    server = await startDevServer({ port, content, distDir: `.next-inbox-e2e-${port}`, env: { DIGEST_CACHE_DIR: path.join(tmp, "cache") } });
  });

  test.afterAll(async () => {
    await server?.stop();
    await feeds?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  test.afterEach(async ({}, testInfo) => {
    if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach("next-dev.log", { body: server?.log() ?? "", contentType: "text/plain" });
  });

  test("lists the gathered stories newest first, one story from two feeds once", async ({ page }) => {
    test.setTimeout(180_000);
    await visit(page, "/zh/inbox");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("收件箱");
    const stories = page.getByRole("group", { name: "候选新闻（5 条）" }).getByRole("checkbox");
    await expect(stories).toHaveCount(5);
    const names = await stories.evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).labels?.[0]?.textContent));
    await expect(names).toEqual([POD_RESIZE, EBPF, GATEWAY, "CNCF survey: platform engineering goes mainstream", "Observability report, again"]);
    // The Atom entry and the RSS item link the same article (www., http, tracking parameters, fragment).
    const gateway = page.getByRole("listitem").filter({ has: page.getByRole("checkbox", { name: GATEWAY }) });
    await expect(gateway).toContainText("来自 Kubernetes Blog · Cloud Native News");
    await expect(gateway.getByRole("link", { name: "原文（kubernetes.io）" })).toHaveAttribute("href", "https://kubernetes.io/blog/2026/03/03/gateway-api-1-5/");
    // Dev-only, but labelled like every other page; next dev's own overlay is not ours to check.
    const results = await new AxeBuilder({ page }).exclude("nextjs-portal").analyze();
    await expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });

  test("marks the story a published issue already cited, linking to that item", async ({ page }) => {
    test.setTimeout(180_000);
    await visit(page, "/zh/inbox");
    const covered = page.getByRole("link", { name: /^已收录于第 \d+ 期$/ });
    await expect(covered).toHaveCount(1);
    await expect(covered).toHaveText("已收录于第 3 期");
    await expect(covered).toHaveAttribute("href", "/zh/posts/gateway-api-observability#item-1");
    await expect(page.getByRole("listitem").filter({ has: covered })).toContainText("Observability report, again");
    await visit(page, "/en/inbox");
    await expect(page.getByRole("link", { name: "Covered in Issue 3" })).toHaveCount(1);
  });

  test("adding two stories to a draft writes items that content:check accepts", async ({ page }) => {
    test.setTimeout(180_000);
    await visit(page, "/zh/inbox");
    await page.getByRole("checkbox", { name: POD_RESIZE }).check();
    await page.getByRole("checkbox", { name: EBPF }).check();
    await page.getByRole("combobox", { name: "草稿" }).selectOption("draft-unpublished-digest");
    await page.getByRole("button", { name: "把所选新闻加入草稿" }).click();
    await expect(page).toHaveURL(/\/zh\/posts\/draft-unpublished-digest$/, { timeout: 60_000 });
    await expect(page.getByRole("heading", { level: 3, name: POD_RESIZE })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: EBPF })).toBeVisible();

    const file = path.join(content, "draft-unpublished-digest", "zh.md");
    const text = readFileSync(file, "utf8");
    expect(text).toContain(`### ${POD_RESIZE}\n\nResizing CPU and memory of a running Pod & without a restart is now stable.\n\n**来源：** [${POD_RESIZE}](https://kubernetes.io/blog/2026/03/05/in-place-pod-resize-ga/)\n`);
    expect(text).toContain(`**来源：** [eBPF at scale: lessons from 10,000 nodes](https://platformengineering.org/posts/ebpf-at-scale)\n`);
    // Appended to the main news, after the draft's own item.
    expect(text.indexOf("### 草稿条目")).toBeLessThan(text.indexOf(`### ${POD_RESIZE}`));

    const firstNew = text.split("\n").indexOf(`### ${POD_RESIZE}`) + 1;
    const check = spawnSync(process.execPath, [TSX, "scripts/editor/content-check.ts"], { cwd: root, env: env(), encoding: "utf8" });
    expect(check.status).toBe(0);
    const shown = path.relative(root, file).split(path.sep).join("/");
    const about = check.stdout.split("\n").filter((l) => l.startsWith(`${shown}:`)).map((l) => Number(l.split(":")[1]));
    expect(about.filter((line) => line >= firstNew)).toEqual([]);
  });

  test("a new draft made from the inbox has the picked story as its news", async ({ page }) => {
    test.setTimeout(180_000);
    await visit(page, "/zh/inbox");
    await page.getByRole("checkbox", { name: GATEWAY }).check();
    await page.getByRole("combobox", { name: "草稿" }).selectOption({ label: "新建草稿" });
    await page.getByRole("textbox", { name: /新草稿的 slug/ }).fill("2026-03-08-inbox-weekly");
    await page.getByRole("button", { name: "把所选新闻加入草稿" }).click();
    await expect(page).toHaveURL(/\/zh\/posts\/2026-03-08-inbox-weekly$/, { timeout: 60_000 });
    await expect(page.getByRole("heading", { level: 3, name: GATEWAY })).toBeVisible();
    const text = readFileSync(path.join(content, "2026-03-08-inbox-weekly", "zh.md"), "utf8");
    expect(text).toMatch(/\ndraft: true\n/);
    expect(text).toMatch(/\nissue: 5\n/);
    expect(text).not.toContain("example.com");
  });

  test("the inbox does not exist in the production build", async ({ request }) => {
    for (const locale of ["zh", "en"]) await expect((await request.get(`${production}/${locale}/inbox`)).status()).toBe(404);
  });
});
