import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { toAtom } from "@/lib/feed/formats";
import { loadFeed } from "@/components/feed/load-feed";

// Written once per locale at build time.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/atom.xml">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  return new Response(toAtom(await loadFeed(locale)), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
