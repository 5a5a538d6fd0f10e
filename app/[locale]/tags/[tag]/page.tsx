import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { TermView } from "@/components/post/term-page";
import { termRoute } from "@/lib/term-route";

const route = termRoute("tags");

// Every page is prerendered; an unknown tag is a static 404 (app/not-found.tsx).
export const dynamicParams = false;

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return route.params(params.locale);
}

export async function generateMetadata({ params }: PageProps<"/[locale]/tags/[tag]">): Promise<Metadata> {
  const { locale, tag } = await params;
  return route.metadata(locale, tag);
}

export default async function TagPage({ params }: PageProps<"/[locale]/tags/[tag]">) {
  const { locale, tag } = await params;
  const found = route.resolve(locale, tag);
  if (!found) notFound();
  setRequestLocale(found.locale);
  return <TermView {...found} />;
}
