import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { TermPage } from "@/components/post/term-page";
import { routing } from "@/i18n/routing";
import { termAlternate } from "@/lib/alternates";
import { getCategories, getPostsByCategory } from "@/lib/content";
import { decodeParam } from "@/lib/locale";

// Every page is prerendered; an unknown value is a static 404 (app/not-found.tsx).
export const dynamicParams = false;

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return hasLocale(routing.locales, params.locale) ? getCategories(params.locale).map((c) => ({ category: c.name })) : [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/categories/[category]">): Promise<Metadata> {
  const { locale, category } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "CategoryPage" });
  const name = decodeParam(category);
  return { title: t("title", { category: name }), description: t("description", { category: name }) };
}

export default async function CategoryPage({ params }: PageProps<"/[locale]/categories/[category]">) {
  const { locale, category } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const name = decodeParam(category);
  const posts = getPostsByCategory(locale, name);
  if (posts.length === 0) notFound();
  const t = await getTranslations("CategoryPage");
  return (
    <TermPage
      locale={locale}
      alternate={termAlternate(locale, "categories", name)}
      title={t("title", { category: name })}
      description={t("description", { category: name })}
      posts={posts}
    />
  );
}
