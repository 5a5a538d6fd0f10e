import { createFormatter, createTranslator } from "next-intl";
import { formats } from "@/i18n/formats";
import type { Locale } from "@/i18n/routing";
import type { Post } from "@/lib/content";
import { wallClock } from "@/lib/content/dates";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

const MESSAGES = { zh, en } satisfies Record<Locale, typeof zh>;

/** Every word an edition prints, translated and formatted up front: it renders outside a request. */
export type EditionLabels = {
  siteName: string;
  date: string;
  /** 第 N 期 / Issue N, as the site writes it, when the post has a number. */
  issue?: string;
  mainNews: string;
  analysis: string;
  conclusion: string;
  /** Before a news item's sources. */
  newsSources: string;
  sourcesTitle: string;
  readOnWeb: string;
  footer: string;
  unsubscribe: string;
  wechatSourcesNote: string;
};

/** Through next-intl's core API and the site's named formats, as the pages format them. */
export function editionLabels(post: Post): EditionLabels {
  const { locale } = post;
  const t = createTranslator({ locale, messages: MESSAGES[locale] });
  const f = createFormatter({ locale, formats, timeZone: "UTC" });
  const siteName = t("Site.name");
  return {
    siteName,
    date: f.dateTime(wallClock(post.date), "long"),
    issue: post.issue === undefined ? undefined : t("Issue.number", { n: post.issue }),
    mainNews: t("Digest.mainNews"),
    analysis: t("Digest.analysis"),
    conclusion: t("Digest.conclusion"),
    newsSources: t("NewsCard.sourcesLabel"),
    sourcesTitle: t("SourceList.title"),
    readOnWeb: t("Edition.readOnWeb"),
    footer: t("Edition.footer", { site: siteName }),
    unsubscribe: t("Edition.unsubscribe"),
    wechatSourcesNote: t("Edition.wechatSourcesNote"),
  };
}
