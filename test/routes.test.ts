import { afterEach, describe, expect, test, vi } from "vitest";
import type { Locale } from "@/i18n/routing";
import { parsePostDate } from "@/lib/content/dates";
import type { Post } from "@/lib/content";
import { pathOf, routeModel, type Route } from "@/lib/routes";

// The route model answers which pages exist, in which languages, and where
// the language switcher goes, from nothing but the posts.
afterEach(() => vi.unstubAllEnvs());

function post(locale: Locale, slug: string, date: string, tags: string[], categories: string[] = ["weekly"]): Post {
  return {
    slug, locale, file: `content/posts/${slug}/${locale}.md`, title: slug, date: parsePostDate(date)!, categories, tags,
    description: "", lead: "", status: "published", readingMinutes: 1, newsCount: 1, sources: [], issues: [],
  };
}

// zh: 4 posts tagged k8s (2 pages at 3 a page); en: 2 of them.
const zh = ["a", "b", "c", "d"].map((s, i) => post("zh", s, `2026-01-0${i + 1}`, ["k8s", "云原生"]));
const en = [post("en", "a", "2025-12-31", ["k8s"]), post("en", "b", "2026-01-02", ["k8s"])];
const model = () => routeModel((l) => (l === "zh" ? zh : en));

describe("paths", () => {
  test("one builder, slugs and tags encoded the same way everywhere", () => {
    expect(pathOf("zh", { kind: "tag", name: "云原生" })).toBe("/zh/tags/%E4%BA%91%E5%8E%9F%E7%94%9F");
    expect(pathOf("zh", { kind: "tag", name: "云原生", page: 2 })).toBe("/zh/tags/%E4%BA%91%E5%8E%9F%E7%94%9F/page/2");
    expect(pathOf("en", { kind: "home", page: 1 })).toBe("/en");
    expect(pathOf("en", { kind: "home", page: 3 })).toBe("/en/page/3");
    expect(pathOf("en", { kind: "post", slug: "边缘 gitops" })).toBe("/en/posts/%E8%BE%B9%E7%BC%98%20gitops");
    expect(pathOf("zh", { kind: "archiveYear", year: "2025" })).toBe("/zh/archive/2025");
  });
});

describe("which pages exist", () => {
  test("every page of a locale, later pages included", () => {
    vi.stubEnv("DIGEST_PAGE_SIZE", "3");
    const paths = model().pagesIn("zh").map((r) => pathOf("zh", r));
    expect(paths).toEqual([
      "/zh", "/zh/page/2",
      "/zh/posts/a", "/zh/posts/b", "/zh/posts/c", "/zh/posts/d",
      "/zh/tags",
      "/zh/tags/k8s", "/zh/tags/k8s/page/2",
      `/zh/tags/${encodeURIComponent("云原生")}`, `/zh/tags/${encodeURIComponent("云原生")}/page/2`,
      "/zh/categories/weekly", "/zh/categories/weekly/page/2",
      "/zh/archive", "/zh/archive/2026",
      "/zh/search",
      "/zh/subscribe",
    ]);
  });

  test("a page exists in a language only where its posts are; homes and indexes everywhere", () => {
    vi.stubEnv("DIGEST_PAGE_SIZE", "3");
    const m = model();
    expect(m.localesOf({ kind: "tag", name: "k8s" })).toEqual(["zh", "en"]);
    expect(m.localesOf({ kind: "tag", name: "k8s", page: 2 })).toEqual(["zh"]);
    expect(m.localesOf({ kind: "tag", name: "云原生" })).toEqual(["zh"]);
    expect(m.localesOf({ kind: "archiveYear", year: "2025" })).toEqual(["en"]);
    expect(m.localesOf({ kind: "post", slug: "c" })).toEqual(["zh"]);
    expect(m.localesOf({ kind: "home" })).toEqual(["zh", "en"]);
    expect(routeModel(() => []).localesOf({ kind: "home" })).toEqual(["zh", "en"]);
    expect(m.localesOf({ kind: "home", page: 2 })).toEqual(["zh"]);
  });
});

describe("the archive's years", () => {
  test("newest first, with how many posts each, from the same lists the year pages show", () => {
    const m = model();
    expect(m.archiveYears("en")).toEqual([{ year: "2026", count: 1 }, { year: "2025", count: 1 }]);
    expect(m.archiveYears("zh")).toEqual([{ year: "2026", count: 4 }]);
    for (const l of ["zh", "en"] as const)
      for (const { year, count } of m.archiveYears(l)) expect(m.listed(l, { kind: "archiveYear", year })).toHaveLength(count);
    expect(routeModel(() => []).archiveYears("zh")).toEqual([]);
  });

  test("years sort as numbers would, not by the order posts come in", () => {
    const posts = [post("zh", "x", "2024-05-01", []), post("zh", "y", "2026-01-01", []), post("zh", "z", "2025-03-01", []), post("zh", "w", "2024-01-01", [])];
    expect(routeModel(() => posts).archiveYears("zh").map((y) => `${y.year}:${y.count}`)).toEqual(["2026:1", "2025:1", "2024:2"]);
  });
});

describe("the language switcher", () => {
  const cases: [Route, string, boolean][] = [
    [{ kind: "post", slug: "a" }, "/en/posts/a", true],
    [{ kind: "post", slug: "c" }, "/en", false],
    [{ kind: "tag", name: "k8s" }, "/en/tags/k8s", true],
    // The English tag has one page: its first page, not a 404 and not the home.
    [{ kind: "tag", name: "k8s", page: 2 }, "/en/tags/k8s", true],
    [{ kind: "tag", name: "云原生", page: 2 }, "/en", false],
    [{ kind: "category", name: "weekly", page: 2 }, "/en/categories/weekly", true],
    [{ kind: "home", page: 2 }, "/en", true],
    [{ kind: "archiveYear", year: "2026" }, "/en/archive/2026", true],
    [{ kind: "tags" }, "/en/tags", true],
    [{ kind: "search" }, "/en/search", true],
  ];
  test.each(cases)("from zh %j goes to %s", (route, href, available) => {
    vi.stubEnv("DIGEST_PAGE_SIZE", "3");
    expect(model().alternateOf("zh", route)).toEqual({ locale: "en", href, available });
  });

  test("a later page that exists in both languages maps to itself", () => {
    vi.stubEnv("DIGEST_PAGE_SIZE", "1");
    expect(model().alternateOf("en", { kind: "tag", name: "k8s", page: 2 })).toEqual({ locale: "zh", href: "/zh/tags/k8s/page/2", available: true });
  });
});
