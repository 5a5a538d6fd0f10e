import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { TermView } from "@/components/post/term-page";
import { termRoute } from "@/lib/term-route";

const route = termRoute("categories");

export const dynamicParams = false;

export function generateStaticParams() {
  return route.pageParams();
}

export async function generateMetadata({ params }: PageProps<"/[locale]/categories/[category]/page/[page]">): Promise<Metadata> {
  const { locale, category, page } = await params;
  return route.metadata(locale, category, page);
}

export default async function CategoryPageN({ params }: PageProps<"/[locale]/categories/[category]/page/[page]">) {
  const { locale, category, page } = await params;
  const found = route.resolve(locale, category, page);
  if (!found) notFound();
  setRequestLocale(found.locale);
  return <TermView {...found} />;
}
