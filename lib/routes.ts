import { routing, type Locale } from "@/i18n/routing";
import { getPosts, getPostSlugs, termsOf, yearOf, type Post } from "@/lib/content";
import { env } from "@/lib/env";
import { otherLocale } from "./locale";
import { pageCount } from "./pagination";
import { FEED_FILES, paths, type FeedFormat } from "./site";

/**
 * The one answer to "which pages exist": every kind of public page, what
 * identifies one, its path per locale, the locales it exists in, its
 * language alternate and whether it is listed. generateStaticParams, metadata
 * and hreflang, the language switcher, the sitemap and `npm run vercel:check`
 * all read it, so they cannot disagree.
 */
export type Route =
  | { kind: "home"; page?: number }
  | { kind: "post"; slug: string }
  | { kind: "tags" }
  | { kind: "tag"; name: string; page?: number }
  | { kind: "category"; name: string; page?: number }
  | { kind: "archive" }
  | { kind: "archiveYear"; year: string }
  | { kind: "search" }
  | { kind: "subscribe" }
  /** Editor-only pages of `npm run dev`: never prerendered, listed or in the sitemap. */
  | { kind: "drafts" }
  | { kind: "translations" }
  | { kind: "inbox" };

type RouteKind = Route["kind"];
type Paged = Extract<Route, { page?: number }>;

/** Where the other language's version of a page is; `available: false` sends the reader to that language's home. */
export type Alternate = { locale: Locale; href: string; available: boolean };

/** Whose posts a feed holds: the whole language's, or one tag's or category's. */
export type FeedScope = { kind: "site" } | { kind: "tags" | "categories"; name: string };
/** One feed file: its path, format and scope. */
export type FeedFile = { path: string; format: FeedFormat; scope: FeedScope };
export const FEED_FORMATS = Object.keys(FEED_FILES) as FeedFormat[];

export function feedPath(locale: Locale, scope: FeedScope, format: FeedFormat): string {
  if (scope.kind === "site") return { rss: paths.rss, atom: paths.atom, json: paths.json }[format](locale);
  return paths.termFeed(locale, scope.kind, scope.name, format);
}

/** A year of the archive and how many posts it has. */
export type ArchiveYear = { year: string; count: number };

export const pageNumber = (route: Route) => ("page" in route && route.page ? route.page : 1);

export function pathOf(locale: Locale, route: Route): string {
  switch (route.kind) {
    case "home":
      return paths.home(locale, route.page);
    case "post":
      return paths.post(locale, route.slug);
    case "tags":
      return paths.tags(locale);
    case "tag":
      return paths.tag(locale, route.name, route.page);
    case "category":
      return paths.category(locale, route.name, route.page);
    case "archive":
      return paths.archive(locale);
    case "archiveYear":
      return paths.archiveYear(locale, route.year);
    case "search":
      return paths.search(locale);
    case "subscribe":
      return paths.subscribe(locale);
    case "drafts":
      return paths.drafts(locale);
    case "translations":
      return paths.translations(locale);
    case "inbox":
      return paths.inbox(locale);
  }
}

type ListIndex = Record<"tag" | "category" | "year" | "slug", Map<string, Post[]>>;
const indexes = new WeakMap<Post[], ListIndex>();

/**
 * Every list's posts by its name, built once per list of posts (the store
 * hands out the same array until the content changes). A page asks the route
 * model about its lists a few times (alternates, locales, hreflang); filtering
 * every post on each question took 2.2 s of CPU in a 1,000-post build.
 */
function indexOf(posts: Post[]): ListIndex {
  let index = indexes.get(posts);
  if (index) return index;
  index = { tag: new Map(), category: new Map(), year: new Map(), slug: new Map() };
  const add = (map: Map<string, Post[]>, key: string, post: Post) => {
    const list = map.get(key);
    if (list) {
      if (list.at(-1) !== post) list.push(post);
    } else map.set(key, [post]);
  };
  for (const post of posts) {
    for (const tag of post.tags) add(index.tag, tag, post);
    for (const category of post.categories) add(index.category, category, post);
    add(index.year, yearOf(post), post);
    add(index.slug, post.slug, post);
  }
  indexes.set(posts, index);
  return index;
}

/**
 * The route model over a source of posts (the site's published posts; with
 * draft mode, the unpublished ones too; in tests, any list).
 */
export function routeModel(postsIn: (locale: Locale) => Post[]) {
  /** The posts a list shows across its pages; null for a page that is not such a list. */
  function listed(locale: Locale, route: Route): Post[] | null {
    const posts = postsIn(locale);
    switch (route.kind) {
      case "home":
        return posts;
      case "tag":
        return indexOf(posts).tag.get(route.name) ?? [];
      case "category":
        return indexOf(posts).category.get(route.name) ?? [];
      case "archiveYear":
        return indexOf(posts).year.get(route.year) ?? [];
      case "post":
        return indexOf(posts).slug.get(route.slug) ?? [];
      default:
        return null;
    }
  }

  /** Whether the page exists in a locale: a home and the indexes always do; the rest where a post makes them. */
  function exists(locale: Locale, route: Route): boolean {
    const posts = listed(locale, route);
    if (posts === null) return true;
    if (route.kind === "home") return pageNumber(route) <= pageCount(posts.length);
    return posts.length > 0 && pageNumber(route) <= pageCount(posts.length);
  }

  const localesOf = (route: Route): Locale[] => routing.locales.filter((l) => exists(l, route));

  /** The same page in the other language; else the first page of the same list; else that language's home. */
  function alternateOf(locale: Locale, route: Route): Alternate {
    const other = otherLocale(locale);
    if (exists(other, route)) return { locale: other, href: pathOf(other, route), available: true };
    const first = pageNumber(route) > 1 ? ({ ...route, page: 1 } as Paged) : null;
    if (first && exists(other, first)) return { locale: other, href: pathOf(other, first), available: true };
    return { locale: other, href: paths.home(other), available: false };
  }

  /** The years that have posts in a locale, newest first, with how many each: the year pages' own lists. */
  function archiveYears(locale: Locale): ArchiveYear[] {
    return [...indexOf(postsIn(locale)).year]
      .map(([year, posts]) => ({ year, count: posts.length }))
      .sort((a, b) => b.year.localeCompare(a.year));
  }

  /** A list's pages, first to last (one, even when it is empty). */
  const paged = <R extends Paged>(route: R, total: number): R[] => Array.from({ length: pageCount(total) }, (_, i) => ({ ...route, page: i + 1 }));

  /** Every page of a locale, later pages included, in a stable order. */
  function pagesIn(locale: Locale): Route[] {
    const posts = postsIn(locale);
    return [
      ...paged({ kind: "home" as const }, posts.length),
      ...posts.map((p): Route => ({ kind: "post", slug: p.slug })),
      { kind: "tags" },
      ...termsOf(posts, (p) => p.tags).flatMap((t) => paged({ kind: "tag" as const, name: t.name }, t.count)),
      ...termsOf(posts, (p) => p.categories).flatMap((t) => paged({ kind: "category" as const, name: t.name }, t.count)),
      { kind: "archive" },
      ...archiveYears(locale).map(({ year }): Route => ({ kind: "archiveYear", year })),
      { kind: "search" },
      { kind: "subscribe" },
    ];
  }

  /**
   * Every feed of a locale: the site's, then one per tag and per category that
   * has posts there, each in every format. The OPML file lists the same.
   */
  function feedsIn(locale: Locale): FeedFile[] {
    const posts = postsIn(locale);
    const scopes: FeedScope[] = [
      { kind: "site" },
      ...termsOf(posts, (p) => p.tags).map((t): FeedScope => ({ kind: "tags", name: t.name })),
      ...termsOf(posts, (p) => p.categories).map((t): FeedScope => ({ kind: "categories", name: t.name })),
    ];
    return scopes.flatMap((scope) => FEED_FORMATS.map((format) => ({ path: feedPath(locale, scope, format), format, scope })));
  }

  return { listed, exists, localesOf, alternateOf, pagesIn, archiveYears, feedsIn };
}

/** The published site (in `npm run dev`, drafts and scheduled posts too); `preview` for draft mode on a deployed site. */
export const siteRoutes = (preview = false) => routeModel((locale) => getPosts(locale, preview));

/**
 * generateStaticParams for a kind: its first pages in `locale`, or with
 * `later`, pages 2..n in every locale. Next.js prerenders none of a route's
 * pages when generateStaticParams returns [] for one parent
 * (vercel/next.js#95166), so later pages are listed for every locale at once,
 * `locale` included; Next.js keeps each distinct route once.
 */
export function staticParams(kind: RouteKind, locale: string, options: { later?: boolean } = {}): Record<string, string>[] {
  return exportable(routeParams(kind, locale, options), kind, options.later ? { locale: routing.defaultLocale, page: EXPORT_PLACEHOLDER } : {});
}

/**
 * Next.js's static export refuses a route with no page at all (a site without
 * English posts, or without a second page of anything). In the plain-files
 * build such a route gets one placeholder page, which renders the 404 page
 * and which `npm run build:static` deletes; every other build gets the list
 * as it is.
 */
export const EXPORT_PLACEHOLDER = "__none__";

export function exportable<T extends Record<string, string>>(params: T[], kind: RouteKind | "file", extra: Record<string, string> = {}): Record<string, string>[] {
  if (params.length > 0 || !env.staticExport()) return params;
  const names: Partial<Record<RouteKind | "file", string>> = { tag: "tag", category: "category", archiveYear: "year", post: "slug", file: "name" };
  const name = names[kind];
  return [{ ...extra, ...(name ? { [name]: EXPORT_PLACEHOLDER } : {}) }];
}

function routeParams(kind: RouteKind, locale: string, options: { later?: boolean }): Record<string, string>[] {
  const site = siteRoutes();
  const paramsOf = (route: Route): Record<string, string> => {
    switch (route.kind) {
      case "tag":
        return { tag: route.name };
      case "category":
        return { category: route.name };
      case "archiveYear":
        return { year: route.year };
      case "post":
        return { slug: route.slug };
      default:
        return {};
    }
  };
  if (options.later) {
    return routing.locales.flatMap((l) =>
      site.pagesIn(l).filter((r) => r.kind === kind && pageNumber(r) > 1).map((r) => ({ ...paramsOf(r), locale: l, page: String(pageNumber(r)) })),
    );
  }
  if (!(routing.locales as readonly string[]).includes(locale)) return [];
  // In `npm run dev` a broken post has a page too: it shows its errors.
  if (kind === "post") return getPostSlugs(locale as Locale).map((slug) => ({ slug }));
  return site.pagesIn(locale as Locale).filter((r) => r.kind === kind && pageNumber(r) === 1).map(paramsOf);
}
