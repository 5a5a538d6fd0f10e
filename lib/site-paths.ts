import { routing } from "@/i18n/routing";
import type { ContentIssue } from "@/lib/content/issues";
import { visiblePosts } from "@/lib/content/posts";
import type { Entry } from "@/lib/content/store";
import { editionPath } from "@/lib/edition/urls";
import { collisions, readRedirects } from "@/lib/redirects";
import { pathOf, routeModel } from "@/lib/routes";
import { paths } from "@/lib/site";

/**
 * Every path a page or file of the site answers on, for every post whatever
 * its state (a draft's page exists once it is published, and `npm run dev`
 * shows it now), from the route model, so that an alias is refused the moment
 * it would hide one.
 */
export function sitePaths(entries: Entry[]): string[] {
  const all = (locale: (typeof routing.locales)[number]) => visiblePosts(entries, locale, { includeUnpublished: true, now: Date.now() });
  const model = routeModel(all);
  return routing.locales.flatMap((locale) => [
    ...model.pagesIn(locale).map((route) => pathOf(locale, route)),
    ...model.feedsIn(locale).map((feed) => feed.path),
    paths.opml(locale),
    paths.drafts(locale),
    paths.translations(locale),
    ...all(locale).flatMap((post) => [
      paths.ogImage(locale, post.slug),
      paths.preview(locale, post.slug),
      paths.translationView(locale, post.slug),
      editionPath(locale, post.slug),
    ]),
  ]);
}

/**
 * Every redirect error of the site: broken, repeated or reserved aliases, and
 * aliases that are the path of one of its pages. `npm run content:check` and
 * the build's content step report them.
 */
export function redirectProblems(entries: Entry[]): ContentIssue[] {
  const { rules, issues } = readRedirects({ includeUnpublished: true });
  return [...issues, ...collisions(rules, sitePaths(entries))];
}
