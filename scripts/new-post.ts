// npm run new -- <slug> [--locale zh|en] — scaffolds a draft digest in the
// seed post's structure. When the other language already exists, the new file
// takes its date, source, categories and tags so the translations agree.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { routing, type Locale } from "@/i18n/routing";
import { DEFAULT_OFFSET_MINUTES, type PostDate } from "@/lib/content/dates";
import { parseFrontMatter, type FrontMatter } from "@/lib/content/front-matter";
import { nextIssueNumber } from "@/lib/content/issue-numbers";
import { isSlug, suggestSlug } from "@/lib/content/slug";
import { contentRoot, loadAll } from "@/lib/content/store";

const USAGE = "usage: npm run new -- <slug> [--locale zh|en]\n  e.g. npm run new -- 2026-01-25-kubecon-recap --locale en";

/** What the store accepts, minus leading, trailing or doubled hyphens. */

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

/** Today in the digest's editorial time zone, so a new post is never dated in the future. */
function today(): string {
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

function template(locale: Locale, date: string, translationOf: FrontMatter | null, issue: number | undefined): string {
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
  return [
    "---", ...front, "---", "",
    t.lead, "",
    `## ${t.mainNews}`, "",
    `### ${t.item}`, "",
    t.itemBody, "",
    `**Source:** [${t.sourceTitle}](https://example.com/)`, "",
    `## ${t.analysis}`, "",
    t.analysisBody, "",
    `## ${t.conclusion}`, "",
    t.conclusionBody, "",
  ].join("\n");
}

function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(1);
}

function main() {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { locale: { type: "string", short: "l", default: routing.defaultLocale } } });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1) fail(positionals.length === 0 ? `give the post a slug\n${USAGE}` : `one slug at a time\n${USAGE}`);
  const slug = positionals[0]!.normalize("NFC");
  const locale = values.locale;
  if (!(routing.locales as readonly string[]).includes(locale)) fail(`unknown locale "${locale}"; use ${routing.locales.join(" or ")}`);
  if (!isSlug(slug)) {
    const hint = suggestSlug(slug);
    fail(`"${slug}" is not a valid slug: use lowercase letters, digits and single hyphens (Chinese is fine)${hint ? `, e.g. "${hint}"` : ""}`);
  }

  const dir = path.join(contentRoot(), slug);
  const shown = (name: string) => path.relative(process.cwd(), path.join(dir, name)).split(path.sep).join("/");
  const existing = ["md", "mdx"].map((ext) => `${locale}.${ext}`).find((name) => existsSync(path.join(dir, name)));
  if (existing) fail(`${shown(existing)} already exists; edit it, or pick another slug`);

  // Starting a translation: take over what translations must share.
  let original: FrontMatter | null = null;
  for (const other of routing.locales.filter((l) => l !== locale)) {
    for (const ext of ["md", "mdx"]) {
      const file = path.join(dir, `${other}.${ext}`);
      if (!original && existsSync(file)) original = parseFrontMatter(shown(`${other}.${ext}`), readFileSync(file, "utf8")).data;
    }
  }

  // A translation shares its post's number; a new post takes the next free one.
  const issue = original ? original.issue : nextIssueNumber(loadAll().entries);

  const target = path.join(dir, `${locale}.md`);
  mkdirSync(dir, { recursive: true });
  try {
    // `wx`: never overwrite, even if the file appeared since the check above.
    writeFileSync(target, template(locale as Locale, today(), original, issue), { flag: "wx" });
  } catch (error) {
    fail(`could not create ${shown(`${locale}.md`)}: ${error instanceof Error ? error.message : String(error)}`);
  }
  console.log(`created ${shown(`${locale}.md`)}`);
  if (original) console.log(`  date, source, categories, tags${original.issue === undefined ? "" : " and the issue number"} are taken from the other language`);
  else console.log(`  issue: ${issue} (the next free number)`);
  console.log("  It is a draft: fill it in, preview with npm run dev, check with npm run content:check, then set draft: false.");
}

main();
