import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { HomeView } from "@/components/post/home-view";
import { routing } from "@/i18n/routing";
import { getPosts } from "@/lib/content";
import { listMetadata } from "@/lib/list-metadata";
import { parsePage } from "@/lib/pagination";
import { staticParams } from "@/lib/routes";

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams("home", "", { later: true });
}

export async function generateMetadata({ params }: PageProps<"/[locale]/page/[page]">): Promise<Metadata> {
  const { locale, page } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const n = parsePage(page, getPosts(locale).length);
  if (!n) return {};
  const t = await getTranslations({ locale, namespace: "HomePage" });
  const site = await getTranslations({ locale, namespace: "Site" });
  return listMetadata({ locale, route: { kind: "home", page: n }, title: t("title"), description: site("description") });
}

export default async function HomePageN({ params }: PageProps<"/[locale]/page/[page]">) {
  const { locale, page } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const n = parsePage(page, getPosts(locale).length);
  if (!n) notFound();
  return <HomeView locale={locale} page={n} />;
}
