import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { TermView } from "@/components/post/term-page";
import { termRoute } from "@/lib/term-route";

const route = termRoute("categories");

// Every page is prerendered; an unknown category is a static 404 (app/not-found.tsx).
export const dynamicParams = false;

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return route.params(params.locale);
}

export async function generateMetadata({ params }: PageProps<"/[locale]/categories/[category]">): Promise<Metadata> {
  const { locale, category } = await params;
  return route.metadata(locale, category);
}

export default async function CategoryPage({ params }: PageProps<"/[locale]/categories/[category]">) {
  const { locale, category } = await params;
  const found = route.resolve(locale, category);
  if (!found) notFound();
  setRequestLocale(found.locale);
  return <TermView {...found} />;
}
