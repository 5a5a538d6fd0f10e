import { describe, expect, test } from "vitest";
import { createPool } from "@/lib/editor/http-pool";
import { cleanUrl, storyKey } from "@/lib/editor/normalise-url";
import { parseSources } from "@/lib/editor/sources-file";
import { runScript, tempDir, write } from "./cli";

describe("content/sources.opml", () => {
  test("reads feeds from grouped outlines, as feed readers export them", () => {
    const { feeds, issues } = parseSources("content/sources.opml", `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Subscriptions</title></head><body>
  <outline text="Projects"><outline type="rss" text="Kubernetes Blog" xmlUrl="https://kubernetes.io/feed.xml"/></outline>
  <outline type="rss" text="CNCF" title="CNCF Blog" xmlUrl="https://www.cncf.io/feed/"/>
</body></opml>`);
    expect(issues).toEqual([]);
    expect(feeds).toEqual([
      { title: "Kubernetes Blog", url: "https://kubernetes.io/feed.xml", group: "Projects" },
      { title: "CNCF Blog", url: "https://www.cncf.io/feed/" },
    ]);
  });

  test("a malformed file is an error at its line and column", () => {
    const { issues } = parseSources("content/sources.opml", `<opml version="2.0"><body>\n  <outline text="a" xmlUrl="https://a.example/feed">\n</body></opml>`);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: "content/sources.opml", line: 3, column: 1, severity: "error" });
    expect(issues[0]!.message).toMatch(/^not well-formed XML: .*outline/);
  });

  test("a feed address that is not http(s) is an error where it is written", () => {
    const { issues } = parseSources("content/sources.opml", `<opml version="2.0"><body>\n<outline text="ok" xmlUrl="https://a.example/feed"/>\n   <outline text="bad" xmlUrl="feed://b.example/rss"/>\n</body></opml>`);
    expect(issues.map((i) => `${i.line}:${i.column} ${i.severity}`)).toEqual(["3:32 error"]);
  });

  test("npm run gather stops at a malformed file with file:line:col", () => {
    const dir = tempDir("digest-opml-");
    write(dir, "content/sources.opml", `<opml version="2.0"><body>\n<outline text="x" xmlUrl="https://x.example/f">\n</body>`);
    const run = runScript("gather.ts", [], dir);
    expect(run.stderr).toMatch(/^content\/sources\.opml:3:1 error: not well-formed XML/);
    expect(run.status).toBe(1);
  });
});

describe("one story, one key", () => {
  test("scheme, www., trailing slash, tracking parameters and fragments do not make another story", () => {
    const key = storyKey("https://kubernetes.io/blog/2026/03/03/gateway/");
    for (const url of [
      "http://www.kubernetes.io/blog/2026/03/03/gateway",
      "https://kubernetes.io/blog/2026/03/03/gateway/?utm_source=twitter&utm_medium=social",
      "https://KUBERNETES.io/blog/2026/03/03/gateway/#comments",
      "https://kubernetes.io/blog/2026/03/03/gateway?fbclid=IwAR0&gclid=x&ref=hn",
    ]) expect(storyKey(url)).toBe(key);
    expect(storyKey("https://kubernetes.io/blog/2026/03/03/other/")).not.toBe(key);
    expect(storyKey("https://example.com/a?id=1&page=2")).toBe(storyKey("https://example.com/a?page=2&id=1"));
    expect(storyKey("https://example.com/a?id=1")).not.toBe(storyKey("https://example.com/a?id=2"));
  });

  test("the link written into a draft loses its tracking parameters and fragment only", () => {
    expect(cleanUrl("https://www.cncf.io/blog/x/?utm_campaign=a&id=3#top")).toBe("https://www.cncf.io/blog/x/?id=3");
  });
});

describe("the request pool", () => {
  test("never sends two requests to one host at once, and bounds the total", async () => {
    const pool = createPool({ concurrency: 2 });
    const running = new Map<string, number>();
    let most = 0;
    let mostPerHost = 0;
    const task = (host: string) =>
      pool.run(`https://${host}/x`, async () => {
        running.set(host, (running.get(host) ?? 0) + 1);
        mostPerHost = Math.max(mostPerHost, running.get(host)!);
        most = Math.max(most, [...running.values()].reduce((a, b) => a + b, 0));
        await new Promise((r) => setTimeout(r, 20));
        running.set(host, running.get(host)! - 1);
      });
    await Promise.all(["a", "a", "a", "b", "b", "c", "d"].map(task));
    expect(mostPerHost).toBe(1);
    expect(most).toBe(2);
  });

  test("a failed request does not stop the next one to the same host", async () => {
    const pool = createPool({ concurrency: 1 });
    const first = pool.run("https://a.example/1", async () => {
      throw new Error("boom");
    });
    const second = pool.run("https://a.example/2", async () => "ok");
    await expect(first).rejects.toThrow("boom");
    await expect(second).resolves.toBe("ok");
  });
});
