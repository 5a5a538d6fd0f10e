import { describe, expect, test } from "vitest";
import { documentId, feedEntryId, jekyllDate, jekyllUrl, permalinkTemplate, placeholders, slugify } from "@/lib/jekyll/permalink";

// Jekyll 4's rules, on one post: 2026-01-04-Week-1-(Recap).md, categories
// "Cloud-Native 云原生", dated Sunday 4 January 2026 (ISO week 1, day 4 of the year).
const values = placeholders({
  basename: "2026-01-04-Week-1-(Recap)",
  slug: "Week-1-(Recap)",
  categories: ["Cloud-Native", "云原生"],
  date: jekyllDate("2026-01-04 09:05:07")!,
  outputExt: ".html",
});

describe("Jekyll permalinks", () => {
  test.each([
    ["date", "/cloud-native/云原生/2026/01/04/Week-1-(Recap).html"],
    ["pretty", "/cloud-native/云原生/2026/01/04/Week-1-(Recap)/"],
    ["ordinal", "/cloud-native/云原生/2026/004/Week-1-(Recap).html"],
    ["weekdate", "/cloud-native/云原生/2026/W01/Sun/Week-1-(Recap).html"],
    ["none", "/cloud-native/云原生/Week-1-(Recap).html"],
    [undefined, "/cloud-native/云原生/2026/01/04/Week-1-(Recap).html"],
    ["/:year/:i_month/:i_day/:slug:output_ext", "/2026/1/4/week-1-recap.html"],
    ["/:short_year/:month_:day/:name/", "/26/01_04/2026-01-04-week-1-recap/"],
    ["/:categories/:hour:minute:second/:title", "/cloud-native/云原生/090507/Week-1-(Recap)"],
  ])("%s", (style, url) => {
    expect(jekyllUrl(permalinkTemplate(style), values)).toBe(url);
  });

  test("empty categories leave no empty folder; an unknown placeholder is an error", () => {
    expect(jekyllUrl(permalinkTemplate("date"), { ...values, categories: "" })).toBe("/2026/01/04/Week-1-(Recap).html");
    expect(() => jekyllUrl("/:tags/:title/", values)).toThrow(/:tags/);
  });

  test("slugify keeps what Jekyll keeps; dates are shown in the site's time zone", () => {
    expect(slugify("What's new? (v2)", "pretty", true)).toBe("What's-new-(v2)");
    expect(slugify("What's new? (v2)")).toBe("what-s-new-v2");
    expect(slugify("云原生 周报")).toBe("云原生-周报");
    expect(jekyllDate("2026-02-01 06:00:00 +0800")).toMatchObject({ year: 2026, month: 1, day: 31, hour: 22 });
    expect(jekyllDate("2026-02-01 06:00:00 +0800", "Asia/Shanghai")).toMatchObject({ month: 2, day: 1, hour: 6 });
    expect(jekyllDate("2026-02-01", "America/New_York")).toMatchObject({ month: 2, day: 1 });
    expect(jekyllDate("not a date")).toBeNull();
  });

  test("jekyll-feed's entry id: the folder of the URL joined with the slug, absolute", () => {
    expect(documentId("/news/mesh.html", "service-mesh-update")).toBe("/news/service-mesh-update");
    expect(documentId("/2026/01/04/week-1/", "week-1")).toBe("/2026/01/04/week-1");
    expect(documentId("/mesh.html", "mesh")).toBe("/mesh");
    expect(feedEntryId("https://Old.Example.com/", "/blog", "/云原生/周报")).toBe(
      `https://old.example.com/blog/${encodeURIComponent("云原生")}/${encodeURIComponent("周报")}`,
    );
  });
});
