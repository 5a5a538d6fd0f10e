import type { Formats } from "next-intl";

/**
 * Post dates are the author's wall clock (see lib/content/dates.ts), stored as
 * UTC fields, so they are always formatted in UTC: the reader sees the date the
 * author wrote, whatever their own time zone.
 */
export const formats = {
  dateTime: {
    long: { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" },
    short: { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" },
    monthDay: { month: "short", day: "numeric", timeZone: "UTC" },
    year: { year: "numeric", timeZone: "UTC" },
  },
  number: {
    integer: { maximumFractionDigits: 0 },
  },
} satisfies Formats;
