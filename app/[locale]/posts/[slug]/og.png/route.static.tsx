import { routing } from "@/i18n/routing";
import { getPostSlugs } from "@/lib/content";
import { exportable } from "@/lib/routes";

/**
 * The plain-files build (npm run build:static) has no server to draw an image
 * on its first request: every published post's image is drawn at build time.
 */
export const dynamic = "force-static";
export const dynamicParams = false;

export { GET } from "./share-image";

export function generateStaticParams() {
  return exportable(routing.locales.flatMap((locale) => getPostSlugs(locale).map((slug) => ({ locale, slug }))), "post", { locale: routing.defaultLocale });
}
