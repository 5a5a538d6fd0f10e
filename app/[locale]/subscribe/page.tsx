import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { feedDirectory } from "@/components/feed/feed-directory";
import { NewsletterBox } from "@/components/follow/newsletter-box";
import { WechatAccount } from "@/components/follow/wechat-account";
import { SiteHeader } from "@/components/layout/site-header";
import { routing } from "@/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { siteRoutes } from "@/lib/routes";
import { paths } from "@/lib/site";

export async function generateMetadata({ params }: PageProps<"/[locale]/subscribe">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "SubscribePage" });
  const site = await getTranslations({ locale, namespace: "Site" });
  return pageMetadata({ locale, path: paths.subscribe, title: t("title"), description: t("description"), siteName: site("name") });
}

/** Every way to follow the weekly: email, the WeChat account, and every feed. */
export default async function SubscribePage({ params }: PageProps<"/[locale]/subscribe">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("SubscribePage");
  const groups = await feedDirectory(locale);
  return (
    <>
      <SiteHeader locale={locale} alternate={siteRoutes().alternateOf(locale, { kind: "subscribe" })} />
      <main id="content" className="mx-auto w-full max-w-3xl flex-1 px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-2 text-muted">{t("description")}</p>
        <NewsletterBox id="subscribe-email" />
        <WechatAccount />
        <section aria-labelledby="feeds-title" className="mt-10">
          <h2 id="feeds-title" className="text-xl font-bold">
            {t("feedsTitle")}
          </h2>
          <p className="mt-2 text-sm">
            <a href={paths.opml(locale)} type="text/x-opml" className="text-accent hover:underline" data-opml>
              {t("opml")}
            </a>
          </p>
          {groups.map((group) => (
            <div key={group.title} className="mt-6">
              <h3 className="font-bold">{group.title}</h3>
              <ul className="mt-2 grid gap-1 text-sm" data-feed-group>
                {group.entries.map((e) => (
                  <li key={e.page}>
                    <a href={e.page} className="hover:underline">
                      {e.name}
                    </a>
                    <span className="text-muted">: </span>
                    <a href={e.feeds.rss} className="text-accent hover:underline">RSS</a> · <a href={e.feeds.atom} className="text-accent hover:underline">Atom</a> ·{" "}
                    <a href={e.feeds.json} className="text-accent hover:underline">JSON Feed</a>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      </main>
    </>
  );
}
