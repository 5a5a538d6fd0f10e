import { describe, expect, test } from "vitest";
import type { Locale } from "@/i18n/routing";
import { parsePostDate } from "@/lib/content/dates";
import type { Post } from "@/lib/content";
import { relatedIndex } from "@/lib/content/related";
import { pathOf, routeModel } from "@/lib/routes";

function post(slug: string, date: string, tags: string[], locale: Locale = "zh"): Post {
  return {
    slug, locale, file: `content/posts/${slug}/${locale}.md`, title: slug, date: parsePostDate(date)!, categories: ["weekly"], tags,
    description: "", lead: "", status: "published", readingMinutes: 1, newsCount: 1, sources: [], issues: [],
  };
}

const slugs = (posts: Post[] | undefined) => posts?.map((p) => p.slug);

describe("related issues", () => {
  // Newest first, as the store lists them.
  const posts = [
    post("jun", "2026-06-01", ["k8s", "ebpf", "security"]),
    post("may", "2026-05-01", ["k8s"]),
    post("apr", "2026-04-01", ["k8s", "ebpf"]),
    post("mar", "2026-03-01", ["k8s", "ebpf", "security"]),
    post("feb", "2026-02-01", ["k8s"]),
    post("jan", "2026-01-01", ["gitops"]),
  ];
  const index = relatedIndex(posts);

  test("the most shared tags first, earlier or later, at most three", () => {
    expect(slugs(index.get("jun"))).toEqual(["mar", "apr", "may"]);
    expect(slugs(index.get("apr"))).toEqual(["mar", "jun", "may"]);
  });

  test("ties go to the nearest in time", () => {
    // may shares one tag with each of jun, apr, mar, feb: apr is 30 days away, jun 31, mar 61, feb 89.
    expect(slugs(index.get("may"))).toEqual(["apr", "jun", "mar"]);
    expect(slugs(index.get("feb"))).toEqual(["mar", "apr", "may"]);
  });

  test("none when no other post shares a tag; duplicate tags count once", () => {
    expect(index.get("jan")).toEqual([]);
    const dup = relatedIndex([post("a", "2026-01-01", ["x", "x"]), post("b", "2026-01-02", ["x"]), post("c", "2026-01-03", ["y"])]);
    expect(slugs(dup.get("a"))).toEqual(["b"]);
    expect(slugs(dup.get("c"))).toEqual([]);
  });

  test("built once per list of posts", () => {
    expect(relatedIndex(posts)).toBe(index);
    expect(relatedIndex([...posts])).not.toBe(index);
  });
});

describe("topic feeds in the route model", () => {
  test("the site's feeds, then every tag's and category's with posts in that language, in three formats", () => {
    const zh = [post("a", "2026-01-01", ["云原生", "k8s"]), post("b", "2026-01-02", ["k8s"])];
    const feeds = routeModel((l) => (l === "zh" ? zh : [])).feedsIn("zh").map((f) => f.path);
    expect(feeds).toEqual([
      "/zh/feed.xml", "/zh/atom.xml", "/zh/feed.json",
      "/zh/tags/k8s/feed.xml", "/zh/tags/k8s/atom.xml", "/zh/tags/k8s/feed.json",
      "/zh/tags/%E4%BA%91%E5%8E%9F%E7%94%9F/feed.xml", "/zh/tags/%E4%BA%91%E5%8E%9F%E7%94%9F/atom.xml", "/zh/tags/%E4%BA%91%E5%8E%9F%E7%94%9F/feed.json",
      "/zh/categories/weekly/feed.xml", "/zh/categories/weekly/atom.xml", "/zh/categories/weekly/feed.json",
    ]);
    // A language without posts has its site feeds only.
    expect(routeModel(() => []).feedsIn("en").map((f) => f.path)).toEqual(["/en/feed.xml", "/en/atom.xml", "/en/feed.json"]);
    expect(pathOf("zh", { kind: "tag", name: "k8s" })).toBe("/zh/tags/k8s");
  });
});
