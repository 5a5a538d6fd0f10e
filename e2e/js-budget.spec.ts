import { spawn, spawnSync, type ChildProcess } from "node:child_process";
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

let bare: ChildProcess | undefined;

// One worker builds and serves the bare page once for all the tests here.
test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  if (await answers(`${BARE}/`)) throw new Error(`${BARE} is already taken; the bare Next.js page needs that port`);
  const build = spawnSync("npx", ["next", "build", "bench/bare"], { cwd: root, env: bareEnv, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`next build bench/bare failed:\n${build.stdout}\n${build.stderr}`);
  bare = spawn(process.execPath, [next, "start", "bench/bare", "-H", "127.0.0.1", "-p", "3299"], { cwd: root, env: bareEnv, detached: true, stdio: "ignore" });
  for (let i = 0; i < 150 && !(await answers(`${BARE}/`)); i++) await new Promise((r) => setTimeout(r, 200));
  if (!(await answers(`${BARE}/`))) throw new Error("the bare Next.js page did not start");
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
