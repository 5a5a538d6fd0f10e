import { describe, expect, test } from "vitest";
import { laterPagesInEveryLocale, PAGE_SIZE } from "@/lib/pagination";

describe("laterPagesInEveryLocale", () => {
  test("lists every language's later pages, locale included, even when one language has none", () => {
    const params = laterPagesInEveryLocale((locale) =>
      locale === "zh" ? [{ params: { tag: "云原生" }, total: PAGE_SIZE }] : [{ params: { tag: "kubernetes" }, total: 2 * PAGE_SIZE + 1 }],
    );
    expect(params).toEqual([
      { tag: "kubernetes", locale: "en", page: "2" },
      { tag: "kubernetes", locale: "en", page: "3" },
    ]);
  });

  test("is empty when no list has a second page", () => {
    expect(laterPagesInEveryLocale(() => [{ params: {}, total: 1 }])).toEqual([]);
  });
});
