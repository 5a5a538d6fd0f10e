// A new draft in the seed post's structure: what `npm run new` writes, and
// what the inbox writes when the editor starts an issue from picked stories.
// When the other language already exists, the new file takes its date,
// source, categories and tags so the translations agree.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { routing, type Locale } from "@/i18n/routing";
import { DEFAULT_OFFSET_MINUTES, type PostDate } from "@/lib/content/dates";
import { parseFrontMatter, type FrontMatter } from "@/lib/content/front-matter";
import { nextIssueNumber } from "@/lib/content/issue-numbers";
import { isSlug, suggestSlug } from "@/lib/content/slug";
import { contentRoot, loadAll } from "@/lib/content/store";
import { itemMarkdown, type DraftItem } from "./draft-items";

const TEXT = {
  zh: {
    title: "云原生技术动态：在这里写标题",
    author: "云原生观察",
    sourceHint: "本期主要报道的原文链接（可选，会列为第 1 个来源）",
    lead: "在这里写导语：用一两段话概括本周最重要的变化，以及它对读者意味着什么。",
    mainNews: "主要新闻",
    item: "第一条新闻的标题",
    itemBody: "发生了什么、谁说的、为什么重要。每条新闻以来源行结尾；需要更多条目时，复制这个 ### 小节。",
    sourceTitle: "原文标题",
    analysis: "分析",
    analysisBody: "把本周的新闻联系起来：趋势、影响、值得关注的地方。",
    conclusion: "结论",
    conclusionBody: "用一两段话总结本周要点。",
  },
  en: {
    title: "Cloud Native Roundup: Your Headline Here",
    author: "Cloud Native Observer",
    sourceHint: "the main article this issue covers (optional; cited first)",
    lead: "Write the lead here: one or two paragraphs on the week's biggest change and why it matters to readers.",
    mainNews: "Main News",
    item: "Headline of the First Story",
    itemBody: "What happened, who said it, why it matters. Each story ends with its source line; copy this ### section for more stories.",
    sourceTitle: "Article title",
    analysis: "Analysis",
    analysisBody: "Connect the week's stories: trends, impact, what to watch.",
    conclusion: "Conclusion",
    conclusionBody: "Sum up the week in a paragraph or two.",
  },
} satisfies Record<Locale, Record<string, string>>;

/** The main-news heading a new draft gets, per language. */
export const mainNewsHeading = (locale: Locale) => TEXT[locale].mainNews;

/** Today in the digest's editorial time zone, so a new post is never dated in the future. */
export function today(): string {
  return new Date(Date.now() + DEFAULT_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10);
}

/** A date as an editor writes it: `2026-01-18` or `2026-02-01 08:30:00 +0800`. */
function writeDate(d: PostDate): string {
  if (!d.hasTime) return d.wall.slice(0, 10);
  const sign = d.offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(d.offsetMinutes);
  return `${d.wall.replace("T", " ")} ${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}${String(abs % 60).padStart(2, "0")}`;
}

/** Plain like the seed (`- kubernetes`) unless YAML would read the word as something else. */
const scalar = (v: string) =>
  /^[\p{L}][\p{L}\p{N}_.-]*$/u.test(v) && !/^(true|false|yes|no|on|off|null)$/i.test(v) ? v : JSON.stringify(v);

const list = (key: string, values: string[]) =>
  values.length === 0 ? `${key}: []` : `${key}:\n${values.map((v) => `  - ${scalar(v)}`).join("\n")}`;

/** The draft's text; with `items` (picked in the inbox) they replace the sample news item. */
export function draftTemplate(locale: Locale, date: string, translationOf: FrontMatter | null, issue: number | undefined, items: DraftItem[] = []): string {
  const t = TEXT[locale];
  const source = translationOf?.source;
  const front = [
    `title: ${JSON.stringify(t.title)}`,
    `date: ${translationOf ? writeDate(translationOf.date) : date}`,
    ...(translationOf?.updated ? [`updated: ${writeDate(translationOf.updated)}`] : []),
    `author: ${JSON.stringify(t.author)}`,
    ...(issue === undefined ? [] : [`issue: ${issue}`]),
    source ? `source: ${JSON.stringify(source)}` : `# source: "https://…"  # ${t.sourceHint}`,
    list("categories", translationOf ? translationOf.categories : ["cloud-native"]),
    list("tags", translationOf ? translationOf.tags : ["kubernetes", "cloud-native"]),
    "draft: true",
  ];
  const news = items.length > 0
    ? items.map((item) => itemMarkdown(locale, "md", item))
    : [`### ${t.item}`, "", t.itemBody, "", `**Source:** [${t.sourceTitle}](https://example.com/)`, ""];
  return [
    "---", ...front, "---", "",
    t.lead, "",
    `## ${t.mainNews}`, "",
    ...news,
    `## ${t.analysis}`, "",
    t.analysisBody, "",
    `## ${t.conclusion}`, "",
    t.conclusionBody, "",
  ].join("\n");
}

/** Why a draft could not be made, in words for the editor. */
export class DraftError extends Error {
  override name = "DraftError";
}

const shown = (abs: string) => path.relative(process.cwd(), abs).split(path.sep).join("/");

/** Writes content/posts/<slug>/<locale>.md, never over an existing file. */
export function createDraft(slug: string, locale: Locale, items: DraftItem[] = []): { file: string; original: FrontMatter | null; issue: number | undefined } {
  if (!isSlug(slug)) {
    const hint = suggestSlug(slug);
    throw new DraftError(`"${slug}" is not a valid slug: use lowercase letters, digits and single hyphens (Chinese is fine)${hint ? `, e.g. "${hint}"` : ""}`);
  }
  const dir = path.join(contentRoot(), slug);
  const existing = ["md", "mdx"].map((ext) => `${locale}.${ext}`).find((name) => existsSync(path.join(dir, name)));
  if (existing) throw new DraftError(`${shown(path.join(dir, existing))} already exists; edit it, or pick another slug`);

  // Starting a translation: take over what translations must share.
  let original: FrontMatter | null = null;
  for (const other of routing.locales.filter((l) => l !== locale)) {
    for (const ext of ["md", "mdx"]) {
      // Development and CLI only: the production build must not trace the project from here.
      const file = path.join(/*turbopackIgnore: true*/ dir, `${other}.${ext}`);
      if (!original && existsSync(/*turbopackIgnore: true*/ file)) original = parseFrontMatter(shown(file), readFileSync(/*turbopackIgnore: true*/ file, "utf8")).data;
    }
  }
  // A translation shares its post's number; a new post takes the next free one.
  const issue = original ? original.issue : nextIssueNumber(loadAll().entries);
  const target = path.join(dir, `${locale}.md`);
  mkdirSync(dir, { recursive: true });
  try {
    // `wx`: never overwrite, even if the file appeared since the check above.
    writeFileSync(target, draftTemplate(locale, today(), original, issue, items), { flag: "wx" });
  } catch (error) {
    throw new DraftError(`could not create ${shown(target)}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { file: shown(target), original, issue };
}
