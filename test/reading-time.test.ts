import { describe, expect, test } from "vitest";
import { readingMinutes } from "@/lib/content/reading-time";

describe("readingMinutes", () => {
  test("800 Han characters take about 2 minutes", () => {
    expect(readingMinutes("云".repeat(800))).toBe(2);
  });

  test("Chinese punctuation and spaces do not count", () => {
    expect(readingMinutes("云原生，".repeat(400))).toBe(3);
  });

  test("460 English words take about 2 minutes", () => {
    expect(readingMinutes(Array.from({ length: 460 }, () => "cloud").join(" "))).toBe(2);
  });

  test("mixed text adds both", () => {
    expect(readingMinutes(`${"边".repeat(800)} ${"word ".repeat(460)}`)).toBe(4);
  });

  test("at least one minute", () => {
    expect(readingMinutes("")).toBe(1);
    expect(readingMinutes("Hi")).toBe(1);
    expect(readingMinutes("短")).toBe(1);
  });

  test("grows with length", () => {
    expect(readingMinutes("word ".repeat(2300))).toBe(10);
    expect(readingMinutes("字".repeat(4000))).toBe(10);
  });
});
