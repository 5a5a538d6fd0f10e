import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TermPage } from "@/components/post/term-page";
import { routing } from "@/i18n/routing";
import { termAlternate } from "@/lib/alternates";
import { getPostsByTag, getTags } from "@/lib/content";
import { decodeParam } from "@/lib/locale";

// Every page is prerendered; an unknown value is a static 404 (app/not-found.tsx).
export const dynamicParams = false;

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return hasLocale(routing.locales, params.locale) ? getTags(params.locale).map((t) => ({ tag: t.name })) : [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/tags/[tag]">): Promise<Metadata> {
  const { locale, tag } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "TagPage" });
  const name = decodeParam(tag);
  return { title: t("title", { tag: name }), description: t("description", { tag: name }) };
}

export default async function TagPage({ params }: PageProps<"/[locale]/tags/[tag]">) {
  const { locale, tag } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const name = decodeParam(tag);
  const posts = getPostsByTag(locale, name);
  if (posts.length === 0) notFound();
  const t = await getTranslations("TagPage");
  return (
    <TermPage
      locale={locale}
      alternate={termAlternate(locale, "tags", name)}
      title={t("title", { tag: name })}
      description={t("description", { tag: name })}
      posts={posts}
    >
      <p className="mt-4 text-sm">
        <Link href={`/${locale}/tags`} className="text-accent hover:underline">
          ← {t("allTags")}
        </Link>
      </p>
    </TermPage>
  );
}
