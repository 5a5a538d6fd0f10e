import { createFormatter } from "next-intl";
import { describe, expect, it } from "vitest";
import { formatDate, type DateFormat } from "@/i18n/format-date";
import { formats } from "@/i18n/formats";
import { routing } from "@/i18n/routing";

// PostDate formats with one Intl formatter per locale and format for the
// whole process instead of next-intl's per-page ones: the text must be the
// same as next-intl's, with the site's formats and time zone (i18n/request.ts).
describe("formatDate", () => {
  const dates = [new Date(Date.UTC(2026, 0, 1)), new Date(Date.UTC(2025, 11, 31, 23, 59)), new Date(Date.UTC(2024, 1, 29, 0, 0, 1))];
  for (const locale of routing.locales) {
    const intl = createFormatter({ locale, formats, timeZone: "UTC" });
    for (const format of Object.keys(formats.dateTime) as DateFormat[]) {
      it(`writes ${locale} "${format}" as next-intl does`, () => {
        for (const date of dates) expect(formatDate(locale, date, format)).toBe(intl.dateTime(date, format));
      });
    }
  }

  it("keeps the author's date whatever the machine's time zone (UTC fields)", () => {
    expect(formatDate("en", new Date(Date.UTC(2025, 11, 31, 23, 59)), "long")).toBe("December 31, 2025");
    expect(formatDate("zh", new Date(Date.UTC(2026, 0, 1)), "long")).toBe("2026年1月1日");
  });
});
