import { describe, expect, test } from "vitest";
import { parsePostDate } from "@/lib/content/dates";
import { parseFrontMatter } from "@/lib/content/front-matter";

describe("parsePostDate", () => {
  test("a bare date is midnight in the default +08:00 offset", () => {
    const d = parsePostDate("2026-01-18")!;
    expect(d.wall).toBe("2026-01-18T00:00:00");
    expect(d.iso).toBe("2026-01-18T00:00:00+08:00");
    expect(d.hasTime).toBe(false);
    expect(d.time).toBe(Date.UTC(2026, 0, 17, 16, 0));
  });

  test("Jekyll date with time and +0800 offset keeps the wall clock", () => {
    const d = parsePostDate("2026-02-01 08:30:00 +0800")!;
    expect(d.wall).toBe("2026-02-01T08:30:00");
    expect(d.iso).toBe("2026-02-01T08:30:00+08:00");
    expect(d.offsetMinutes).toBe(480);
    expect(d.hasTime).toBe(true);
    expect(d.time).toBe(Date.UTC(2026, 1, 1, 0, 30));
  });

  test("negative offset -0500", () => {
    const d = parsePostDate("2026-02-01 08:30:00 -0500")!;
    expect(d.wall).toBe("2026-02-01T08:30:00");
    expect(d.iso).toBe("2026-02-01T08:30:00-05:00");
    expect(d.offsetMinutes).toBe(-300);
    expect(d.time).toBe(Date.UTC(2026, 1, 1, 13, 30));
  });

  test("Z offset is UTC", () => {
    const d = parsePostDate("2026-02-01T08:30:00Z")!;
    expect(d.iso).toBe("2026-02-01T08:30:00+00:00");
    expect(d.time).toBe(Date.UTC(2026, 1, 1, 8, 30));
  });

  test.each(["2026-13-45", "2026-02-30", "2026-01-18 25:00", "yesterday", "2026-1-18", ""])(
    "%j is not a valid date",
    (text) => expect(parsePostDate(text)).toBeNull(),
  );

  test("leap day exists in 2028 but not in 2026", () => {
    expect(parsePostDate("2028-02-29")?.wall).toBe("2028-02-29T00:00:00");
    expect(parsePostDate("2026-02-29")).toBeNull();
  });
});

describe("date in front matter", () => {
  const parse = (date: string) => parseFrontMatter("content/posts/x/zh.md", `---\ntitle: T\ndate: ${date}\n---\n`);

  test("2026-01-18 (YAML would otherwise make it a timestamp)", () => {
    const { data, issues } = parse("2026-01-18");
    expect(issues).toEqual([]);
    expect(data!.date.wall).toBe("2026-01-18T00:00:00");
  });

  test("2026-02-01 08:30:00 +0800", () => {
    const { data, issues } = parse("2026-02-01 08:30:00 +0800");
    expect(issues).toEqual([]);
    expect(data!.date.wall).toBe("2026-02-01T08:30:00");
    expect(data!.date.iso).toBe("2026-02-01T08:30:00+08:00");
    expect(data!.date.time).toBe(Date.UTC(2026, 1, 1, 0, 30));
  });

  test("offset -0500 and Z", () => {
    expect(parse("2026-02-01 08:30:00 -0500").data!.date.iso).toBe("2026-02-01T08:30:00-05:00");
    expect(parse("2026-02-01 08:30:00 Z").data!.date.time).toBe(Date.UTC(2026, 1, 1, 8, 30));
  });

  test("quoted date works too", () => {
    expect(parse('"2026-01-18"').data!.date.wall).toBe("2026-01-18T00:00:00");
  });
});
