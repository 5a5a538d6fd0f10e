import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { TermView } from "@/components/post/term-page";
import { termRoute } from "@/lib/term-route";

const route = termRoute("tags");

export const dynamicParams = false;

export function generateStaticParams() {
  return route.pageParams();
}

export async function generateMetadata({ params }: PageProps<"/[locale]/tags/[tag]/page/[page]">): Promise<Metadata> {
  const { locale, tag, page } = await params;
  return route.metadata(locale, tag, page);
}

export default async function TagPageN({ params }: PageProps<"/[locale]/tags/[tag]/page/[page]">) {
  const { locale, tag, page } = await params;
  const found = route.resolve(locale, tag, page);
  if (!found) notFound();
  setRequestLocale(found.locale);
  return <TermView {...found} />;
}
