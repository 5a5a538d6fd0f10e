import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { toAtom, toJsonFeed, toRss } from "@/lib/feed/formats";
import { decodeParam } from "@/lib/locale";
import { exportable, siteRoutes } from "@/lib/routes";
import type { FeedFormat } from "@/lib/site";
import type { TermKind } from "@/lib/term-route";
import { loadFeed } from "./load-feed";

const serialize = { rss: toRss, atom: toAtom, json: toJsonFeed };
export const feedContentType: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

/**
 * One tag's or category's feed in one format: a file per term and language
 * written at build time (each route file sets `dynamic = "force-static"` and
 * `dynamicParams = false`, which Next.js reads from the file itself).
 */
export function termFeedRoute(kind: TermKind, format: FeedFormat) {
  const param = kind === "tags" ? "tag" : "category";
  return {
    // A route handler has no layout above it: its own params name the language too.
    generateStaticParams() {
      const site = siteRoutes();
      const terms = routing.locales.flatMap((locale) =>
        site.feedsIn(locale).flatMap((f) => (f.format === format && f.scope.kind === kind ? [{ locale, [param]: f.scope.name }] : [])),
      );
      return exportable(terms, param, { locale: routing.defaultLocale });
    },
    async GET(_request: Request, { params }: { params: Promise<Record<string, string>> }) {
      const { locale, [param]: raw } = await params;
      const name = decodeParam(raw ?? "");
      if (!locale || !hasLocale(routing.locales, locale) || !siteRoutes().listed(locale, { kind: param, name })?.length) {
        return new Response("Not found", { status: 404 });
      }
      return new Response(serialize[format](await loadFeed(locale, { kind, name })), { headers: { "Content-Type": feedContentType[format] } });
    },
  };
}
