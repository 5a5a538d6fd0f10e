import { createServer, type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runScriptAsync, tempDir, write } from "./cli";
import { redirect, slow, startDualServer, startFixtureServer, status, type FixtureServer } from "./fixture-server";

// npm run links:check against link targets served by a server this test
// starts on 127.0.0.1, and hosts that do not resolve or refuse connections.
describe("npm run links:check", { timeout: 120_000 }, () => {
  let server: FixtureServer;
  let dir = "";
  /** An address where nothing listens: a port this test opened and closed again. */
  let closed = "";
  const ok = (_req: unknown, res: import("node:http").ServerResponse) => res.writeHead(200, { "content-type": "text/html" }).end("<h1>ok</h1>");
  const check = (...args: string[]) => runScriptAsync("links-check.ts", [...args, "--timeout", "0.5", "--retries", "1", "--pace", "0"], dir);

  const post = (title: string, date: string, extra: string, links: string[], body = "") => `---
title: "${title}"
date: ${date}
${extra}tags: [kubernetes]
---

Lead with an [inline link](${server.origin}/inline-ok).${body}

## Main News
${links.map((url, i) => `
### Story ${i + 1}

Text.

**Source:** [Article ${i + 1}](${url})
`).join("")}`;

  beforeAll(async () => {
    server = await startFixtureServer({
      "/": ok,
      "/ok": ok,
      "/inline-ok": ok,
      "/missing": status(404),
      "/removed": status(410),
      "/article-moved": redirect(301, "/"),
      "/busy": status(503),
      "/slow": slow(3_000),
      "/old-source": status(404),
    });
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    closed = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
    await new Promise((resolve) => probe.close(resolve));
    dir = tempDir("digest-links-");
    const o = server.origin;
    write(dir, "content/posts/week-draft/en.md", post("Draft week", "2026-02-01", "draft: true\n", [`${o}/ok`, `${o}/missing`, `${o}/removed`, `${o}/article-moved`, `${o}/busy`, `${o}/slow`, "http://no-such-host.invalid/story", `${closed}/refused`]));
    write(dir, "content/posts/week-old/en.md", post("Old week", "2026-01-04", "", [`${o}/old-source`]));
    write(dir, "content/posts/week-newest/en.md", post("Newest week", "2026-01-11", "", [`${o}/ok`]));
  });
  afterAll(async () => {
    await server.close();
  });

  test("reports each broken source at its line, errors and warnings apart, and fails on errors", async () => {
    const run = await check();
    const file = "content/posts/week-draft/en.md";
    const o = server.origin;
    expect(run.stderr).toBe("");
    expect(run.lines.slice(0, -1)).toEqual([
      `${file}:22:13 error: ${o}/missing: HTTP 404 Not Found: the page is gone; find where it moved or cite another source`,
      `${file}:28:13 error: ${o}/removed: HTTP 410 Gone: the page is gone; find where it moved or cite another source`,
      `${file}:34:13 warning: ${o}/article-moved: redirects to the home page (${o}/): the article may be gone (a soft 404)`,
      `${file}:40:13 warning: ${o}/busy: HTTP 503 Service Unavailable: the server failed; try again later`,
      `${file}:46:13 warning: ${o}/slow: timed out; the site may be slow or down, check it in a browser`,
      `${file}:52:13 error: http://no-such-host.invalid/story: DNS: the host name does not resolve; the site may be gone, find where the article moved or cite another source`,
      `${file}:58:13 error: ${closed}/refused: connection refused; the site may be gone, find where the article moved or cite another source`,
    ]);
    // Drafts and the newest issue by default: the older issue's dead source is not checked.
    expect(run.lines.at(-1)).toBe("9 links in 2 files (week-draft, week-newest): 4 errors, 3 warnings");
    expect(server.hits("/old-source")).toBe(0);
    // A server error is retried; a 404 is not.
    expect(server.hits("/busy")).toBe(2);
    expect(server.hits("/missing")).toBe(1);
    expect(run.status).toBe(1);
  });

  test("remembers verdicts for a day, and checks any post asked for by slug", async () => {
    const before = server.hits("/missing");
    const again = await check("week-draft");
    expect(again.lines.filter((l) => l.includes(" error: ")).length).toBe(4);
    expect(server.hits("/missing")).toBe(before);

    const old = await check("week-old");
    expect(old.lines[0]).toBe(`content/posts/week-old/en.md:15:13 error: ${server.origin}/old-source: HTTP 404 Not Found: the page is gone; find where it moved or cite another source`);
    expect(old.status).toBe(1);

    const newest = await check("week-newest", "--no-cache");
    expect(newest.lines).toEqual(["2 links in 1 file (week-newest): 0 errors, 0 warnings"]);
    expect(newest.status).toBe(0);
  });
});

describe("npm run links:check and http:// links", { timeout: 120_000 }, () => {
  test("an http:// link whose https:// address answers is a warning; one without is not", async () => {
    const dir = tempDir("digest-links-tls-");
    const ok = (_req: unknown, res: import("node:http").ServerResponse) => res.writeHead(200, { "content-type": "text/html" }).end("<h1>ok</h1>");
    const server = await startDualServer({ "/both": ok }, dir);
    const plainOnly = await startFixtureServer({ "/plain": ok });
    try {
      write(dir, "content/posts/tls/en.md", `---\ntitle: "TLS"\ndate: 2026-02-01\ndraft: true\n---\n\nLead.\n\n## Main News\n\n### One\n\nText.\n\n**Source:** [Both](http://${server.origin}/both)\n\n### Two\n\nText.\n\n**Source:** [Plain](${plainOnly.origin}/plain)\n`);
      const run = await runScriptAsync("links-check.ts", ["--timeout", "2", "--retries", "0", "--pace", "0"], dir, { NODE_EXTRA_CA_CERTS: server.ca });
      expect(run.lines).toEqual([
        `content/posts/tls/en.md:15:13 warning: http://${server.origin}/both: use https://${server.origin}/both: the page answers over https://`,
        "2 links in 1 file (tls): 0 errors, 1 warning",
      ]);
      expect(server.hits("/both")).toBe(2);
      expect(run.status).toBe(0);
    } finally {
      await server.close();
      await plainOnly.close();
    }
  });
});
