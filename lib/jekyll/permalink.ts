/**
 * Where Jekyll 4 published a post, so that `npm run import:jekyll` can keep
 * the address as an alias: Jekyll's permalink styles, its URL placeholders
 * (Jekyll::Drops::UrlDrop), its slugify, and Document#id, which jekyll-feed
 * writes as the entry id (`post.id | absolute_url`).
 * Paths here are as readers see them (`/云原生/…`), not percent-encoded:
 * lib/content/aliases.ts encodes them the way Jekyll and browsers do.
 */

/** Jekyll's built-in styles (Jekyll::Utils / Configuration#style_to_permalink). */
const STYLES: Record<string, string> = {
  date: "/:categories/:year/:month/:day/:title:output_ext",
  pretty: "/:categories/:year/:month/:day/:title/",
  ordinal: "/:categories/:year/:y_day/:title:output_ext",
  weekdate: "/:categories/:year/W:week/:short_day/:title:output_ext",
  none: "/:categories/:title:output_ext",
};

/** A style name, or a template such as `/:year/:title/`. */
export const permalinkTemplate = (style: string | undefined) => STYLES[style ?? "date"] ?? style ?? STYLES.date!;

/** Jekyll::Utils.slugify: `default` keeps letters and digits, `pretty` also `._~!$&'()+,;=@`. */
export function slugify(text: string, mode: "default" | "pretty" = "default", cased = false): string {
  const replace = mode === "pretty" ? /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu : /[^\p{M}\p{L}\p{Nd}]+/gu;
  const slug = text.replace(replace, "-").replace(/^-|-$/g, "");
  return cased ? slug : slug.toLowerCase();
}

/** A post's date as Jekyll formats it in URLs: the wall clock in the site's time zone. */
export type JekyllDate = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:\s*(Z|[+-]\d{2}(?::?\d{2})?))?$/;

/**
 * Jekyll parses a date and shows it in the site's `timezone` (the build
 * machine's when unset: UTC on GitHub Pages). A date without an offset is
 * taken as that zone's wall clock, so it is kept as written.
 */
export function jekyllDate(text: string, timeZone = "UTC"): JekyllDate | null {
  const m = DATE.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1, 7).map((v) => (v === undefined ? undefined : Number(v))) as number[];
  const wall = { year: year!, month: month!, day: day!, hour, minute, second };
  if (!m[7]) return wall;
  const sign = m[7].startsWith("-") ? -1 : 1;
  const digits = m[7] === "Z" ? "0000" : m[7].slice(1).replace(":", "").padEnd(4, "0");
  const offset = m[7] === "Z" ? 0 : sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  const instant = Date.UTC(wall.year, wall.month - 1, wall.day, hour, minute, second) - offset * 60_000;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" })
      .formatToParts(instant)
      .map((p) => [p.type, Number(p.value)]),
  );
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** strftime's %G, %V, %u, %a and %j, from the wall-clock date. */
function calendar(d: JekyllDate) {
  const utc = new Date(Date.UTC(d.year, d.month - 1, d.day));
  const weekday = utc.getUTCDay();
  const yDay = Math.round((utc.getTime() - Date.UTC(d.year, 0, 1)) / 86_400_000) + 1;
  // ISO 8601: the week with the year's first Thursday is week 1.
  const thursday = new Date(utc.getTime() + (3 - ((weekday + 6) % 7)) * 86_400_000);
  const wYear = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(wYear, 0, 1)) / (7 * 86_400_000)) + 1;
  return { weekday, yDay, wYear, week };
}

export type PostFacts = {
  /** The file name without its extension, e.g. `2026-01-18-Sovereign-Edge-AI`. */
  basename: string;
  /** Front matter `slug`, else the file name after its date (Jekyll's data["slug"]). */
  slug: string;
  /** As Jekyll merged them: folders above _posts, then `categories`, then `category`. */
  categories: string[];
  date: JekyllDate;
  /** `.html` for Markdown. */
  outputExt: string;
};

/** Jekyll::Drops::UrlDrop for a post. */
export function placeholders(post: PostFacts): Record<string, string> {
  const { date: d } = post;
  const c = calendar(d);
  return {
    collection: "posts",
    name: slugify(post.basename),
    title: slugify(post.slug, "pretty", true),
    slug: slugify(post.slug),
    categories: [...new Set(post.categories.map((x) => x.toLowerCase()))].join("/"),
    year: String(d.year), month: pad(d.month), day: pad(d.day), hour: pad(d.hour), minute: pad(d.minute), second: pad(d.second),
    i_day: String(d.day), i_month: String(d.month), short_year: pad(d.year % 100),
    short_month: MONTHS[d.month - 1]!.slice(0, 3), long_month: MONTHS[d.month - 1]!,
    w_year: String(c.wYear), week: pad(c.week), w_day: String(c.weekday === 0 ? 7 : c.weekday),
    short_day: DAYS[c.weekday]!.slice(0, 3), long_day: DAYS[c.weekday]!, y_day: pad(c.yDay, 3),
    output_ext: post.outputExt,
  };
}

/** Jekyll::URL: fills the template (`:month_:day` is :month then _:day), then sanitizes like URL#sanitize_url. */
export function jekyllUrl(template: string, values: Record<string, string>): string {
  const filled = template.replace(/:([a-z_]+)/g, (match, name: string) => {
    const key = name in values ? name : name.endsWith("_") && name.slice(0, -1) in values ? name.slice(0, -1) : null;
    if (key === null) throw new Error(`the permalink ${template} uses :${name}, which Jekyll does not know for posts`);
    return values[key]! + name.slice(key.length);
  });
  return `/${filled}`.replaceAll("..", "/").replaceAll("./", "").replace(/\/{2,}/g, "/");
}

/** Jekyll's Document#id: the folder of the post's URL joined with its slug (File.join(File.dirname(url), slug)). */
export function documentId(url: string, slug: string): string {
  const trimmed = url.length > 1 ? url.replace(/\/+$/, "") : url;
  const dir = trimmed.slice(0, trimmed.lastIndexOf("/")) || "/";
  return `${dir.replace(/\/$/, "")}/${slug}`;
}

/** jekyll-feed's entry id: `post.id | absolute_url`, the site's url and baseurl before it, normalized as a URL. */
export const feedEntryId = (siteUrl: string, baseurl: string, id: string) => new URL(`${siteUrl.replace(/\/+$/, "")}${baseurl}${id}`).href;
