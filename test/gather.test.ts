import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runScriptAsync, tempDir, write } from "./cli";
import { FEED_ROUTES, fixtureOpml, startFixtureServer, type FixtureServer } from "./fixture-server";
import type { CandidatesFile } from "@/lib/editor/gather";

// npm run gather against feeds served by a server this test starts on 127.0.0.1.
describe("npm run gather", { timeout: 120_000 }, () => {
  let server: FixtureServer;
  let dir = "";
  const gather = () => runScriptAsync("gather.ts", ["--since", "2026-02-25", "--timeout", "1"], dir);
  const candidates = () => (JSON.parse(readFileSync(path.join(dir, ".cache", "gather", "candidates.json"), "utf8")) as CandidatesFile).candidates;
  let first: Awaited<ReturnType<typeof gather>>;

  beforeAll(async () => {
    server = await startFixtureServer(FEED_ROUTES);
    dir = tempDir("digest-gather-");
    write(dir, "content/sources.opml", fixtureOpml(server.origin));
    first = await gather();
  });
  afterAll(async () => {
    await server.close();
  });

  const lineOf = (run: typeof first, title: string) => run.lines.find((l) => l.includes(`${title} <`)) ?? "";

  test("prints one line per feed, and each broken feed says what went wrong", () => {
    expect(first.stderr).toBe("");
    expect(lineOf(first, "Kubernetes Blog")).toBe(`ok    Kubernetes Blog <${server.origin}/k8s/feed.xml>: 3 items, 3 new`);
    expect(lineOf(first, "Cloud Native News")).toBe(`ok    Cloud Native News <${server.origin}/news/feed/>: 3 items, 3 new`);
    expect(lineOf(first, "Platform Weekly")).toMatch(/^ok +Platform Weekly .*: 1 item, 1 new$/);
    // A feed that moved: the 301 chain is followed, and the editor learns the new address.
    expect(lineOf(first, "Vendor Notes")).toBe(`ok    Vendor Notes <${server.origin}/vendor/rss.xml>: 1 item, 1 new; redirected to ${server.origin}/vendor/notes.rss`);
    expect(lineOf(first, "Moved Blog")).toMatch(/^error Moved Blog .*: not a feed \(text\/html\)/);
    expect(lineOf(first, "Gone Feed")).toMatch(/^error Gone Feed .*: HTTP 404 Not Found$/);
    expect(lineOf(first, "Stuck Feed")).toMatch(/^error Stuck Feed .*: timed out$/);
    expect(first.lines.at(-2)).toMatch(/^7 feeds, 3 failed; 7 candidates since 2026-02-25 in \.cache\/gather\/candidates\.json$/);
    expect(first.status).toBe(1);
  });

  test("keeps the candidates of the period, from every format, with clean links", () => {
    const list = candidates();
    expect(list.map((c) => c.title).sort()).toEqual([
      "CNCF survey: platform engineering goes mainstream",
      "Gateway API v1.5 adds mesh conformance",
      "Gateway API v1.5 adds mesh conformance & more",
      "Kubernetes v1.36: In-Place Pod Resize Graduates to GA",
      "Observability report, again",
      "Service mesh 3.0 released",
      "eBPF at scale: lessons from 10,000 nodes",
    ]);
    // Undated (the RSS 0.91 item) is kept too; the 2025 post is not.
    const rss = list.find((c) => c.title.endsWith("& more"))!;
    expect(rss.url).toBe("http://www.kubernetes.io/blog/2026/03/03/gateway-api-1-5");
    expect(rss.summary).toBe("The Gateway API project shipped v1.5 […]");
    expect(list.find((c) => c.title === "Service mesh 3.0 released")!.date).toBeNull();
    expect(rss.date).toBe("2026-03-04T15:30:00.000Z");
    expect(list.find((c) => c.title.startsWith("Kubernetes v1.36"))!.summary).toBe("Resizing CPU and memory of a running Pod & without a restart is now stable.");
    expect(list.find((c) => c.title.startsWith("Gateway API v1.5 adds mesh conformance"))?.url).toBe("https://kubernetes.io/blog/2026/03/03/gateway-api-1-5/");
  });

  test("a second gather asks with the validators and gets 304 Not Modified", async () => {
    const before = server.hits("/k8s/feed.xml");
    const second = await gather();
    expect(server.hits("/k8s/feed.xml")).toBe(before + 1);
    expect(lineOf(second, "Kubernetes Blog")).toBe(`ok    Kubernetes Blog <${server.origin}/k8s/feed.xml>: not modified since the last gather, 3 items`);
    expect(lineOf(second, "Cloud Native News")).toMatch(/not modified since the last gather, 3 items$/);
    expect(lineOf(second, "Platform Weekly")).toMatch(/: 1 item, 0 new$/);
    // The 304 feeds' items are still candidates.
    expect(candidates()).toHaveLength(7);
  });
});
