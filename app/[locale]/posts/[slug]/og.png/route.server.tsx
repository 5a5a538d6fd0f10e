import { routing } from "@/i18n/routing";
import { getPostSlugs } from "@/lib/content";
import { ogPrerenderCount } from "@/lib/og/prerender";

/**
 * The newest issues' images are drawn at build time: they are the ones being
 * shared. Drawing one costs ~20 ms of CPU, a third of a 1,000-post build, so
 * older issues' images are drawn on their first request and then kept like a
 * static file (force-static: an ISR entry that never expires). A slug that is
 * not a published post answers 404. The plain-files build draws them all
 * (route.static.tsx).
 */
export const dynamic = "force-static";
export const dynamicParams = true;

export { GET } from "./share-image";

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => getPostSlugs(locale).slice(0, ogPrerenderCount()).map((slug) => ({ locale, slug })));
}
