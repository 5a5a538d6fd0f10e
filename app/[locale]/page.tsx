import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { NewsletterBox } from "@/components/follow/newsletter-box";
import { HomeView } from "@/components/post/home-view";
import { routing } from "@/i18n/routing";
import { listMetadata } from "@/lib/list-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const site = await getTranslations({ locale, namespace: "Site" });
  const meta = await listMetadata({ locale, route: { kind: "home" }, title: site("name"), description: site("description") });
  // The home page's title is the site name alone, without the layout's template.
  return { ...meta, title: { absolute: site("name") } };
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return <HomeView locale={locale} page={1} signup={<NewsletterBox id="home-email" compact />} />;
}
