import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { feedDirectory } from "@/components/feed/feed-directory";
import { routing } from "@/i18n/routing";
import { feedLanguage } from "@/lib/feed/build";
import { toOpml } from "@/lib/feed/opml";

// Written once per locale at build time.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/feeds.opml">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  const t = await getTranslations({ locale, namespace: "Subscribe" });
  const opml = toOpml(t("opmlTitle"), feedLanguage[locale], await feedDirectory(locale));
  return new Response(opml, { headers: { "Content-Type": "text/x-opml; charset=utf-8" } });
}
