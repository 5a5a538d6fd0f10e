/**
 * Jekyll-style dates: `2026-01-18`, `2026-02-01 08:30`, `2026-02-01 08:30:00 +0800`
 * or ISO 8601. We keep the wall-clock time the author wrote and its offset, so a
 * reader sees the author's date, never one shifted into UTC or the reader's zone.
 */
export type PostDate = {
  /** The author's wall-clock time, `YYYY-MM-DDTHH:mm:ss`. */
  wall: string;
  /** Offset from UTC in minutes, as written (or the site default). */
  offsetMinutes: number;
  /** ISO 8601 with offset, e.g. `2026-02-01T08:30:00+08:00`. */
  iso: string;
  /** The instant, in ms since the epoch. */
  time: number;
  hasTime: boolean;
};

const PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:\s*(Z|[+-]\d{2}(?::?\d{2})?))?$/;

/** Jekyll's default when a date has no offset; the digest is edited in UTC+8. */
export const DEFAULT_OFFSET_MINUTES = 8 * 60;

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function parseOffset(raw: string | undefined): number | null {
  if (raw === undefined) return DEFAULT_OFFSET_MINUTES;
  if (raw === "Z") return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(raw);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? "0");
  if (hours > 14 || minutes > 59) return null;
  return (m[1] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

/** Returns null when the text is not a real calendar date (e.g. `2026-13-45`). */
export function parsePostDate(text: string): PostDate | null {
  const m = PATTERN.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4] ?? "0", m[5] ?? "0", m[6] ?? "0"].map(Number) as [
    number, number, number, number, number, number,
  ];
  const offsetMinutes = parseOffset(m[7]);
  if (offsetMinutes === null) return null;
  const wallMs = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wallMs);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 || minute > 59 || second > 59
  ) {
    return null;
  }
  const wall = check.toISOString().slice(0, 19);
  return {
    wall,
    offsetMinutes,
    iso: `${wall}${formatOffset(offsetMinutes)}`,
    time: wallMs - offsetMinutes * 60_000,
    hasTime: m[4] !== undefined,
  };
}

/**
 * A Date whose UTC fields are the author's wall clock: format it with
 * `timeZone: "UTC"` to show exactly what the author wrote.
 */
export function wallClock(date: PostDate): Date {
  return new Date(`${date.wall}Z`);
}
