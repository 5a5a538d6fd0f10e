import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import { request as http } from "node:http";
import path from "node:path";
import { openRedirectPayloads } from "../test/open-redirect-payloads";
import { e2eDistDir } from "./support/dist-dir";
import { expect, test, type APIRequestContext, type APIResponse } from "./support/test";

// Paths a crawler, a scanner or a mangled link may ask for. Each one must end
// in the 404 page (directly or after redirects), never in a server error, and
// none may serve a file of the project itself.
const ODD_PATHS = [
  "/fr",
  "/fr/posts/x",
  "/de-DE/",
  "/zh/posts/../../etc/passwd",
  "/zh/posts/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "/zh/..%2f..%2fpackage.json",
  `/zh/posts/${"a".repeat(5000)}`,
  `/zh/tags/${"t".repeat(300)}`,
  "/zh/posts/%FF%FE",
  "/zh/tags/%C3%28",
  "/%FF",
  "/zh/posts/a%00b",
  "/favicon.ico",
  "/zh/favicon.ico",
  "/zh/posts/sovereign-edge-ai-kubernetes/extra/segment",
  "/zh/page/0",
  "/zh/page/abc",
  "/api/draft/../../package.json",
  "/_next/static/../../package.json",
  "/.env",
  "/content/posts/sovereign-edge-ai-kubernetes/zh.md",
  "/package.json",
];

/** Signs that a response is a file of the project: package.json, or the seed post's source. */
const LEAKS = [/"dependencies"/, /title:\s*"云原生技术动态/];

type Hop = { url: string; status: number; body: string };

/** Follows redirects by hand, so that every hop is checked, not only the last. */
async function follow(request: APIRequestContext, path: string): Promise<Hop[]> {
  const hops: Hop[] = [];
  let url = path;
  for (let i = 0; i < 5; i++) {
    const response: APIResponse = await request.get(url, { maxRedirects: 0 });
    hops.push({ url, status: response.status(), body: await response.text() });
    const location = response.headers()["location"];
    if (response.status() < 300 || response.status() >= 400 || !location) break;
    url = new URL(location, response.url()).toString();
  }
  return hops;
}

/** The same request with the path sent byte for byte: the `request` fixture, like a browser, resolves `..` first. */
function raw(baseURL: string, path: string): Promise<{ status: number; location?: string; body: string }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = http({ hostname, port, path, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

test.describe("odd paths end in the 404 page, never a server error or a project file", () => {
  for (const path of ODD_PATHS) {
    test(`GET ${path.length > 60 ? `${path.slice(0, 40)}… (${path.length} characters)` : path}`, async ({ request }) => {
      const hops = await follow(request, path);
      for (const hop of hops) {
        await expect(hop.status, `${hop.url} answered ${hop.status}`).toBeLessThan(500);
        for (const leak of LEAKS) await expect(hop.body, `${hop.url} serves a project file`).not.toMatch(leak);
      }
      const last = hops.at(-1)!;
      await expect(last.status, `${path} ended at ${last.url}`).toBe(404);
    });
  }

  test("dot segments sent as they are (not resolved by the client) serve no project file either", async ({ baseURL, request }) => {
    for (const path of ODD_PATHS.filter((p) => p.includes("/../"))) {
      const response = await raw(baseURL!, path);
      for (const leak of LEAKS) await expect(response.body, `${path} serves a project file`).not.toMatch(leak);
      if (response.location && response.status >= 300 && response.status < 400) {
        const hops = await follow(request, response.location);
        await expect(hops.map((h) => h.status).at(-1), `${path} → ${response.location}`).toBe(404);
      } else {
        await expect(response.status, `${path} answered ${response.status}`).toBe(404);
      }
    }
  });
});

test("no path redirects off the site (known open-redirect payloads, sent byte for byte)", async ({ baseURL }) => {
  const origin = new URL(baseURL!).origin;
  // The request line cannot carry raw spaces, control characters or non-ASCII: those go percent-encoded.
  const asSent = (p: string) => p.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c));
  const paths = openRedirectPayloads().filter((p) => p.startsWith("/")).map(asSent);
  for (const p of [...paths, ...paths.map((x) => `/zh${x}`), ...paths.map((x) => `${x}/`)]) {
    const response = await raw(baseURL!, p);
    await expect(response.status, p).toBeLessThan(500);
    if (response.location) await expect(new URL(response.location, `${origin}${p.startsWith("//") ? "/" : p}`).origin, `${p} -> ${response.location}`).toBe(origin);
  }
});

test.describe("made-up names of images answer 404 without filling the server's disk", () => {
  const files = () => readdirSync(path.join(e2eDistDir(), "server", "app"), { recursive: true }).map(String).sort();

  test("a hundred distinct /media and og.png names leave no file behind", async ({ request }) => {
    const before = files();
    const names = Array.from({ length: 25 }, () => randomBytes(8).toString("hex"));
    const urls = names.flatMap((name) => [`/media/${name}.png`, `/media/${name}-480.webp`, `/zh/posts/${name}/og.png`, `/en/posts/${name}/og.png`]);
    for (const url of urls) await expect((await request.get(url)).status(), url).toBe(404);
    // Asked twice: still a 404 (kept in memory at most, never as a file).
    await expect((await request.get(urls[0]!)).status()).toBe(404);
    await expect(files().filter((f) => !before.includes(f))).toEqual([]);
  });
});

test.describe("every kind of response carries the security headers", () => {
  const kinds = {
    page: { path: "/zh/posts/sovereign-edge-ai-kubernetes", status: 200 },
    "404": { path: "/en/posts/does-not-exist", status: 404 },
    "undecodable 404": { path: "/zh/posts/%FF%FE", status: 404 },
    feed: { path: "/en/feed.xml", status: 200 },
    sitemap: { path: "/sitemap.xml", status: 200 },
    "locale redirect": { path: "/fr", status: 307 },
  };

  const expectSecurityHeaders = async (label: string, headers: Record<string, string>) => {
    const csp = headers["content-security-policy"] ?? "";
    await expect(csp, `${label}: Content-Security-Policy`).toContain("frame-ancestors 'none'");
    await expect(csp, `${label}: Content-Security-Policy`).toContain("object-src 'none'");
    await expect(headers["x-content-type-options"], `${label}: X-Content-Type-Options`).toBe("nosniff");
    await expect(headers["referrer-policy"], `${label}: Referrer-Policy`).toBeTruthy();
    await expect(headers["permissions-policy"], `${label}: Permissions-Policy`).toBeTruthy();
    // Left out on purpose (lib/security-headers.ts): it cost every first visit a fresh renderer process.
    await expect(headers["cross-origin-opener-policy"], `${label}: Cross-Origin-Opener-Policy`).toBeUndefined();
  };

  for (const [kind, { path, status }] of Object.entries(kinds)) {
    test(`on a ${kind}`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      await expect(response.status()).toBe(status);
      await expectSecurityHeaders(`${kind} ${path}`, response.headers());
    });
  }

  test("on a static asset", async ({ request }) => {
    const html = await (await request.get("/zh")).text();
    const asset = /<script\b[^>]*\bsrc="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    await expect(asset, "the home page loads a script from /_next/static").toBeTruthy();
    const response = await request.get(asset!);
    await expect(response.status()).toBe(200);
    await expectSecurityHeaders(asset!, response.headers());
  });
});
