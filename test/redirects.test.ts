import { describe, expect, test } from "vitest";
import { parseFrontMatter } from "@/lib/content/front-matter";
import { formatIssue } from "@/lib/content/issues";
import { parseSiteSettings } from "@/lib/content/site-settings";
import { loadAll } from "@/lib/content/store";
import { getRedirects, readRedirects } from "@/lib/redirects";
import { redirectProblems } from "@/lib/site-paths";
import { runScript, withTempProject, write } from "./cli";
// The matcher Next.js builds from a redirect's source (next/dist/shared/lib/router/utils/path-match).
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";

const post = (title: string, front: string) => `---\ntitle: ${title}\ndate: 2025-12-21\ntags: [sre]\n${front}---\n\nLead.\n`;

describe("aliases and old feed addresses", () => {
  const project = withTempProject("digest-redirects-");
  const put = (rel: string, text: string) => write(project.dir, `content/posts/${rel}`, text);

  test("each alias leads to its post in that file's language, as a browser asks for it", () => {
    put("gateway/zh.md", post("网关", "aliases:\n  - /weekly/2025/12/21/gateway.html\n  - /云原生/2025/12/21/网关.html\n  - /zh/posts/old-gateway\n"));
    put("gateway/en.md", post("Gateway", "aliases: /en/weekly/2025/12/21/gateway/\n"));
    put("later/zh.md", post("Later", "draft: true\naliases: [/drafts/later.html]\n"));
    write(project.dir, "content/site.yml", "feed_aliases: [/blog/atom.xml]\n");
    expect(getRedirects()).toEqual([
      { source: "/feed.xml", destination: "/zh/atom.xml", permanent: true },
      { source: "/atom.xml", destination: "/zh/atom.xml", permanent: true },
      // Next.js strips the trailing slash before it matches a redirect.
      { source: "/feed", destination: "/zh/feed.xml", permanent: true },
      { source: "/blog/atom.xml", destination: "/zh/atom.xml", permanent: true },
      { source: "/en/weekly/2025/12/21/gateway", destination: "/en/posts/gateway", permanent: true },
      { source: "/weekly/2025/12/21/gateway.html", destination: "/zh/posts/gateway", permanent: true },
      { source: "/%E4%BA%91%E5%8E%9F%E7%94%9F/2025/12/21/%E7%BD%91%E5%85%B3.html", destination: "/zh/posts/gateway", permanent: true },
      { source: "/zh/posts/old-gateway", destination: "/zh/posts/gateway", permanent: true },
    ]);
    // A draft's alias waits for the post; `npm run dev` shows drafts, so it answers there.
    expect(readRedirects({ includeUnpublished: true }).rules.map((r) => r.path)).toContain("/drafts/later.html");
    expect(redirectProblems(loadAll().entries)).toEqual([]);
  });

  test("a source with path-to-regexp's special characters matches only itself in Next.js", () => {
    put("mesh/en.md", post("Mesh", "aliases: ['/2024/11/03/what''s-new-(v2)+more:x.html', /2024/11/03/a%20b.html]\n"));
    const sources = getRedirects().filter((r) => r.destination === "/en/posts/mesh").map((r) => r.source);
    const [special, spaced] = sources.map((s) => getPathMatch(s, { strict: true, removeUnnamedParams: true }));
    expect(special!("/2024/11/03/what's-new-(v2)+more:x.html")).toEqual({});
    expect(special!("/2024/11/03/what's-new-v2more:x.html")).toBe(false);
    expect(spaced!("/2024/11/03/a%20b.html")).toEqual({});
  });

  test("an alias that is not a site path, is reserved, repeats, or hides a page is an error at its line and column", () => {
    put("other/zh.md", post("Other", ""));
    put("other/en.md", post("Other", "aliases:\n  - /weekly/shared.html\n"));
    put("bad/zh.md", post("Bad", [
      "aliases:",
      "  - old/2025/12/21/bad.html",
      "  - https://old.example.com/2025/bad.html",
      "  - /2025/bad.html?utm=1",
      "  - /2025/../bad.html",
      "  - /2025/%E4bad.html",
      "  - /media/chart.png",
      "  - /Weekly/Shared.html/",
      "  - /feed.xml",
      "  - /zh/posts/other",
      "  - /en/tags/sre",
      "  - /zh/posts/bad",
      "  - /fine.html",
      "  - /fine.html",
      "",
    ].join("\n")));
    write(project.dir, "content/site.yml", "feed_aliases:\n  - /fine.html\n");
    const issues = redirectProblems(loadAll().entries).map(formatIssue).sort();
    const f = "content/posts/bad/zh.md";
    expect(issues).toEqual([
      `${f}:6:5 error: alias "old/2025/12/21/bad.html" is not a site path: start it with /, e.g. /2026/01/18/old-title.html`,
      `${f}:7:5 error: alias "https://old.example.com/2025/bad.html" is a URL, not a path of this site; write only its path, e.g. /2026/01/18/old-title.html`,
      `${f}:8:5 error: alias "/2025/bad.html?utm=1" has a query or fragment; write the path only (the reader's #item-N is kept by the browser)`,
      `${f}:9:5 error: alias "/2025/../bad.html" has a . or .. segment, which browsers remove before asking; write the path they ask for`,
      `${f}:10:5 error: alias "/2025/%E4bad.html" has a broken %-escape; write the path as readers see it, e.g. /2026/01/18/old-title.html`,
      `${f}:11:5 error: alias "/media/chart.png" is a path the site itself serves; it cannot also redirect`,
      // Next.js matches ignoring case and the trailing slash: the later file in folder order is the one told.
      `content/posts/other/en.md:6:5 error: alias "/weekly/shared.html" is already listed at ${f}:12; a path can lead to one page only`,
      `${f}:13:5 error: alias "/feed.xml" is an old feed address, which already leads to the zh feed; remove it`,
      `${f}:14:5 error: alias "/zh/posts/other" is the address of a page of this site (/zh/posts/other); an alias must be a path the site no longer has`,
      `${f}:15:5 error: alias "/en/tags/sre" is the address of a page of this site (/en/tags/sre); an alias must be a path the site no longer has`,
      `${f}:16:5 error: alias "/zh/posts/bad" is the address of a page of this site (/zh/posts/bad); an alias must be a path the site no longer has`,
      // content/site.yml is read first: its feed alias owns /fine.html.
      `${f}:17:5 error: alias "/fine.html" is already listed at content/site.yml:2; a path can lead to one page only`,
      `${f}:18:5 error: alias "/fine.html" is already listed at content/site.yml:2; a path can lead to one page only`,
    ].sort());
  });

  test("content:check names each bad alias and fails", () => {
    put("renamed/zh.md", post("Renamed", "aliases: [/zh/posts/renamed, 2025/old.html]\n"));
    const run = runScript("content-check.ts", [], project.dir);
    expect(run.lines).toContain(
      'content/posts/renamed/zh.md:5:11 error: alias "/zh/posts/renamed" is the address of a page of this site (/zh/posts/renamed); an alias must be a path the site no longer has',
    );
    expect(run.lines).toContain('content/posts/renamed/zh.md:5:30 error: alias "2025/old.html" is not a site path: start it with /, e.g. /2026/01/18/old-title.html');
    expect(run.status).toBe(1);
  });
});

describe("content/site.yml", () => {
  test("feed aliases with their positions; unknown settings and wrong types are errors at file:line:col", () => {
    expect(parseSiteSettings("content/site.yml", "# old feed\nfeed_aliases:\n  - /blog/atom.xml\n").feedAliases).toEqual([
      { value: "/blog/atom.xml", file: "content/site.yml", line: 3, column: 5 },
    ]);
    expect(parseSiteSettings("content/site.yml", null)).toEqual({ settings: { feed_aliases: [] }, feedAliases: [], media: new Map(), issues: [] });
    const bad = (raw: string) => parseSiteSettings("content/site.yml", raw).issues.map(formatIssue);
    expect(bad("feed_alias: [/a]\n")).toEqual(['content/site.yml:1:1 error: unknown setting "feed_alias"; the settings are: feed_aliases, newsletter, wechat']);
    expect(bad("feed_aliases: /a\n")).toEqual(["content/site.yml:1:15 error: feed_aliases: feed_aliases must be a list of paths, e.g. [/blog/atom.xml]"]);
    expect(bad("feed_aliases:\n  - /a\n  - 3\n")).toEqual(["content/site.yml:3:5 error: feed_aliases.1: must be a path such as /blog/atom.xml"]);
    expect(bad("feed_aliases: [/a\n")[0]).toMatch(/^content\/site\.yml:\d+:\d+ error: invalid YAML: /);
  });
});

describe("front matter", () => {
  const parse = (front: string) => parseFrontMatter("zh.md", `---\ntitle: T\ndate: 2025-12-21\n${front}---\n`);
  test("aliases: one path or a list; feed_id: an absolute URL or URN", () => {
    expect(parse("aliases: /old.html\n").data?.aliases).toEqual(["/old.html"]);
    expect(parse("aliases:\n  - /a.html\n  - /b/\n").data?.aliases).toEqual(["/a.html", "/b/"]);
    expect(parse("").data?.aliases).toEqual([]);
    expect(parse("feed_id: urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427\n").data?.feed_id).toBe("urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427");
    expect(parse("aliases: {old: /a}\n").issues.map(formatIssue)).toEqual(["zh.md:4:10 error: aliases must be a list of paths, e.g. aliases: [/2026/01/18/old-title.html]"]);
    expect(parse("feed_id: /news/mesh\n").issues.map(formatIssue)).toEqual(["zh.md:4:10 error: feed_id must be an absolute URL or URN (the old feed's entry id)"]);
  });
});
