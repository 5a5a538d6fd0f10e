import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "./support/test";
import { pageJs } from "../scripts/build/page-js.mjs";

// The JavaScript budget: on a post page, our own client JavaScript is at most
// 5 KB gzipped above what a bare Next.js page (bench/bare) ships. Measured the
// same way as `npm run bench`: the gzipped <script src> files of the HTML.
const BUDGET = 5 * 1024;
const root = fileURLToPath(new URL("..", import.meta.url));
const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
const BARE = "http://127.0.0.1:3299";
// Relative to bench/bare; bench/tmp is ignored by git.
const bareEnv = { ...process.env, NEXT_DIST_DIR: "../tmp/.next-bare-e2e", NEXT_TELEMETRY_DISABLED: "1" };

const PAGES = {
  zh: { home: "/zh", post: "/zh/posts/sovereign-edge-ai-kubernetes", tag: "/zh/tags/kubernetes", archive: "/zh/archive" },
  en: { home: "/en", post: "/en/posts/sovereign-edge-ai-kubernetes", tag: "/en/tags/kubernetes", archive: "/en/archive" },
};

const answers = (url: string) =>
  fetch(url).then(
    (r) => r.status < 500,
    () => false,
  );

/** `next start` for a built site, in a process group of its own; throws unless it answers. */
async function startNext(args: string[], env: NodeJS.ProcessEnv, site: string, what: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, [next, "start", ...args, "-H", "127.0.0.1", "-p", new URL(site).port], { cwd: root, env, detached: true, stdio: "ignore" });
  for (let i = 0; i < 150 && !(await answers(`${site}/`)); i++) await new Promise((r) => setTimeout(r, 200));
  if (!(await answers(`${site}/`))) {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    throw new Error(`${what} did not start`);
  }
  return server;
}

let bare: ChildProcess | undefined;

// One worker builds and serves the bare page once for all the tests here.
test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  if (await answers(`${BARE}/`)) throw new Error(`${BARE} is already taken; the bare Next.js page needs that port`);
  const build = spawnSync("npx", ["next", "build", "bench/bare"], { cwd: root, env: bareEnv, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`next build bench/bare failed:\n${build.stdout}\n${build.stderr}`);
  bare = await startNext(["bench/bare"], bareEnv, BARE, "the bare Next.js page");
});

test.afterAll(() => {
  // Its whole process group: `next start` runs the server in a child process.
  if (bare?.pid) process.kill(-bare.pid, "SIGTERM");
});

test.describe("the JavaScript budget", () => {
  test.slow();

  test("a post page ships at most 5 KB gzipped of our own JavaScript above a bare Next.js page", async ({ baseURL }) => {
    const floor = await pageJs(BARE, "/");
    await expect(floor.scripts).toBeGreaterThan(0);
    for (const locale of ["zh", "en"] as const) {
      const post = await pageJs(baseURL!, PAGES[locale].post);
      const over = post.gzipBytes - floor.gzipBytes;
      // Counted, whether the chunks are tags or added after the first paint (scripts/build/after-paint.cjs).
      await expect(post.scripts).toBeGreaterThanOrEqual(floor.scripts);
      console.log(`JS (gzip): bare Next.js page ${floor.gzipBytes} B in ${floor.scripts} scripts; ${PAGES[locale].post} ${post.gzipBytes} B in ${post.scripts} scripts (+${over} B)`);
      await expect(over, `${PAGES[locale].post} is ${over} B over the bare page`).toBeLessThanOrEqual(BUDGET);
    }
  });

  for (const [locale, pages] of Object.entries(PAGES)) {
    test(`in ${locale}, the home, tag and archive pages load no more JavaScript than a post`, async ({ baseURL }) => {
      const post = await pageJs(baseURL!, pages.post);
      for (const kind of ["home", "tag", "archive"] as const) {
        const page = await pageJs(baseURL!, pages[kind]);
        await expect(page.gzipBytes, `${pages[kind]}: ${page.gzipBytes} B, the post ${post.gzipBytes} B`).toBeLessThanOrEqual(post.gzipBytes);
      }
    });
  }

  test("only the search page loads the search code", async ({ page }) => {
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    const others = ["/zh", "/en", "/zh/posts/sovereign-edge-ai-kubernetes", "/en/posts/mdx-service-mesh-roundup", "/zh/tags", "/zh/tags/云原生", "/en/categories/cloud-native", "/en/archive", "/en/page/2", "/zh/posts/does-not-exist"];
    for (const path of others) {
      await page.goto(path, { waitUntil: "networkidle" });
      await expect(requested.filter((url) => url.includes("pagefind")), `${path} loads Pagefind`).toEqual([]);
    }

    // The search page does, once a reader searches: the check above can see it.
    await page.goto("/en/search", { waitUntil: "networkidle" });
    await expect(requested.filter((url) => url.includes("pagefind")), "the search page loads Pagefind only on demand").toEqual([]);
    await page.getByRole("searchbox", { name: "Search terms" }).fill("Kubernetes");
    await page.getByRole("search").getByRole("button", { name: "Search" }).click();
    await expect(page.getByRole("main").getByRole("listitem").first()).toBeVisible();
    await expect(requested.some((url) => url.includes("pagefind"))).toBe(true);
  });
});

// A client component ships with every route whose server code imports it,
// rendered or not. The sign-up form's status line (components/follow/
// form-status.tsx, marked data-form-status) is imported by the home page, the
// posts and the subscribe page; a site with no newsletter in content/site.yml
// has no form, and next.config.ts swaps that module for one with no client
// code (lib/follow/form-status-alias.ts).
test.describe("the sign-up form's script", () => {
  test.slow();
  const MARK = "data-form-status";
  const FORM_PAGES = ["/zh", "/en/posts/sovereign-edge-ai-kubernetes", "/zh/subscribe"];

  test("ships with the form on the fixture site, which sets a newsletter", async ({ baseURL, page }) => {
    for (const pagePath of FORM_PAGES) {
      await page.goto(pagePath);
      await expect(page.locator("form[data-subscribe]")).toHaveCount(1);
      const js = await pageJs(baseURL!, pagePath);
      await expect(js.texts.some((text) => text.includes(MARK)), `${pagePath} loads the status line's code`).toBe(true);
    }
  });

  test("is not on any page of a site with no newsletter", async () => {
    test.setTimeout(300_000);
    const site = "http://127.0.0.1:3298";
    if (await answers(`${site}/`)) throw new Error(`${site} is already taken`);
    // The fixture site without its content/site.yml.
    const work = realpathSync(mkdtempSync(path.join(tmpdir(), "digest-no-newsletter-")));
    cpSync(path.join(root, "e2e", "fixtures", "posts"), path.join(work, "content", "posts"), { recursive: true });
    cpSync(path.join(root, "e2e", "fixtures", "taxonomy.yml"), path.join(work, "content", "taxonomy.yml"));
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DIGEST_CONTENT_DIR: path.join(work, "content", "posts"), NEXT_DIST_DIR: ".next-e2e-no-newsletter", DIGEST_PAGE_SIZE: "3", DIGEST_OG_PRERENDER: "1" };
    let server: ChildProcess | undefined;
    try {
      const build = spawnSync("npm", ["run", "build"], { cwd: root, env, encoding: "utf8" });
      if (build.status !== 0) throw new Error(`npm run build (no newsletter) failed:\n${build.stdout}\n${build.stderr}`);
      server = await startNext([], env, site, "the site with no newsletter");
      for (const pagePath of FORM_PAGES) {
        const html = await (await fetch(site + pagePath)).text();
        await expect(html, `${pagePath} has no sign-up form`).not.toMatch(/<form[^>]*data-subscribe/);
        const js = await pageJs(site, pagePath);
        await expect(js.scripts).toBeGreaterThan(0);
        await expect(js.texts.some((text) => text.includes(MARK)), `${pagePath} loads no code for a form it does not show`).toBe(false);
      }
    } finally {
      if (server?.pid) process.kill(-server.pid, "SIGTERM");
      rmSync(work, { recursive: true, force: true });
    }
  });
});
