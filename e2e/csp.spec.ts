import { createHash } from "node:crypto";
import { expect, test, type Page } from "./support/test";

// Reading any page in either language trips no Content-Security-Policy rule,
// the page still comes alive (hydrates), and the policy really stops a script
// that was not shipped with the page.

declare global {
  interface Window {
    __violations: { directive: string; blocked: string; sample: string }[];
    __pwned?: unknown;
  }
}

const PAGES = {
  zh: {
    home: "/zh",
    post: "/zh/posts/sovereign-edge-ai-kubernetes",
    tag: "/zh/tags/云原生",
    search: "/zh/search",
    "404": "/zh/posts/does-not-exist",
    archive: "/zh/archive",
  },
  en: {
    home: "/en",
    post: "/en/posts/sovereign-edge-ai-kubernetes",
    tag: "/en/tags/kubernetes",
    search: "/en/search",
    "404": "/en/posts/does-not-exist",
    archive: "/en/archive",
  },
} as const;

const THEME_LABEL = { zh: "切换深色模式", en: "Toggle dark mode" } as const;
const SEARCH = { zh: { label: "搜索关键词", query: "边缘计算" }, en: { label: "Search terms", query: "Kubernetes" } } as const;

/** Records every CSP violation the page reports, from its first script on, and CSP errors on the console. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
    });
  });
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) consoleErrors.push(message.text());
  });
  return consoleErrors;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const NOT_JAVASCRIPT = /\btype=["']?(?!text\/javascript|module|application\/javascript)[^"'\s>]+/i;

/** The inline scripts a browser would run: no src, a JavaScript type (or none) and a body. */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(SCRIPT)]
    .filter(([, attrs, body]) => !/\bsrc=/i.test(attrs!) && !NOT_JAVASCRIPT.test(attrs!) && body!.length > 0)
    .map(([, , body]) => body!);
}

function metaPolicy(html: string): string {
  return /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html)?.[1] ?? "";
}

for (const [locale, routes] of Object.entries(PAGES) as [keyof typeof PAGES, (typeof PAGES)[keyof typeof PAGES]][]) {
  test.describe(`the Content-Security-Policy in ${locale}`, () => {
    for (const [kind, path] of Object.entries(routes)) {
      test(`the ${kind} page runs with no violation and hashes all its inline scripts`, async ({ page }) => {
        const consoleErrors = await watchViolations(page);
        const response = await page.goto(path);
        await expect(response?.status()).toBe(kind === "404" ? 404 : 200);

        // Its own <meta> policy allows exactly its inline scripts, by hash, and nothing inline without one.
        const html = await response!.text();
        const policy = metaPolicy(html);
        const scriptSrc = policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";
        await expect(scriptSrc, "the page's <meta> policy has a script-src").not.toBe("");
        await expect(scriptSrc).not.toContain("'unsafe-inline'");
        const inline = inlineScripts(html);
        await expect(inline.length, "Next.js inlines its bootstrap, so there is something to hash").toBeGreaterThan(0);
        for (const body of inline) {
          const hash = `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`;
          await expect(scriptSrc, `no hash for the inline script ${body.slice(0, 80)}…`).toContain(hash);
        }

        // Hydrated: React is attached to the DOM, and where there is a theme toggle, it works.
        await expect.poll(() => page.evaluate(() => Object.keys(document.body).some((k) => k.startsWith("__react")))).toBe(true);
        if (kind !== "404") {
          await page.emulateMedia({ colorScheme: "light" });
          await page.getByRole("banner").getByRole("button", { name: THEME_LABEL[locale] }).click();
          await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
        }

        if (kind === "search") {
          await page.getByRole("searchbox", { name: SEARCH[locale].label }).fill(SEARCH[locale].query);
          await page.getByRole("search").getByRole("button").click();
          await expect(page.getByRole("main").getByRole("listitem").first()).toBeVisible();
        }

        await expect(await page.evaluate(() => window.__violations)).toEqual([]);
        await expect(consoleErrors).toEqual([]);
      });
    }
  });
}

test("an inline script injected into a page is blocked", async ({ page }) => {
  await watchViolations(page);
  await page.goto(PAGES.en.post);
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__pwned = true";
    document.body.append(script);
  });
  await expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  await expect.poll(() => page.evaluate(() => window.__violations.map((v) => v.directive))).toContain("script-src-elem");
});
