// npm run import:jekyll -- <Jekyll site or _posts dir> --locale zh|en [--site-url URL] [--dry-run] [--force]
// Copies Jekyll posts (YYYY-MM-DD-title.md) to content/posts/<title>/<locale>.md.
// The file is kept byte for byte; only lines are added at the end of its front
// matter: a missing `date:` (from the file name), `aliases:` (where the old site
// served it: lib/jekyll/), `feed_id:` (with --site-url) and `issue:`. A site
// root's _config.yml gives the permalink style, baseurl and feed address, which
// is recorded in content/site.yml.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { isMap, parseDocument } from "yaml";
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { frontMatterLine } from "@/lib/content/front-matter";
import { slugTerms } from "@/lib/jekyll/slug-terms";
import { parsePostDate } from "@/lib/content/dates";
import { isHttpUrl, parseFrontMatter, splitFrontMatter } from "@/lib/content/front-matter";
import { formatIssue, type ContentIssue } from "@/lib/content/issues";
import { nextIssueNumber } from "@/lib/content/issue-numbers";
import { isSlug } from "@/lib/content/slug";
import { siteSettingsFile } from "@/lib/content/site-settings";
import { contentRoot, loadAll } from "@/lib/content/store";
import { appendFrontMatter, keepAddresses, keepFeedAddress } from "@/lib/jekyll/keep-addresses";
import { readJekyllConfig, type JekyllConfig } from "@/lib/jekyll/site";

const USAGE = "usage: npm run import:jekyll -- <Jekyll site or _posts dir> --locale zh|en [--site-url https://old.example.com] [--dry-run] [--force]";
const POST_NAME = /^(\d{4}-\d{2}-\d{2})-(.+)\.(md|markdown)$/i;
/** Other files Jekyll would treat as posts, which we cannot import as they are. */
const POST_LIKE = /\.(md|markdown|mkdn|mkd|mdown|html?)$/i;
/** What the store accepts, minus leading, trailing or doubled hyphens. */

const cwd = process.cwd();
const shown = (abs: string) => path.relative(cwd, abs).split(path.sep).join("/") || ".";
const issue = (file: string, message: string, line = 1, column = 1, severity: ContentIssue["severity"] = "error"): ContentIssue =>
  ({ file, line, column, severity, message });

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => !d.name.startsWith("."))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

/** Inserts `date: <date>` as the last front-matter line, in the file's own line ending. */
type Prepared = {
  file: string;
  slug: string;
  text: string;
  filled: boolean;
  fileDate: string;
  warnings: ContentIssue[];
  time: number;
  issue?: number;
  /** The number this import gave the post. */
  numbered?: number;
  /** Where the old site served it, and its old feed entry id. */
  aliases: string[];
  feedId?: string;
};

function fillDate(raw: string, date: string): { text: string; filled: boolean } {
  const yaml = splitFrontMatter(raw).yaml;
  if (yaml === null) return { text: raw, filled: false };
  const doc = parseDocument(yaml, { schema: "core" });
  // Broken YAML or a date already there: leave it to parseFrontMatter to judge.
  if (doc.errors.length > 0 || (isMap(doc.contents) && doc.has("date"))) return { text: raw, filled: false };
  const lines = raw.split(/(?<=\n)/);
  const eol = lines[0]!.endsWith("\r\n") ? "\r\n" : "\n";
  let offset = lines[0]!.length;
  for (const line of lines.slice(1)) {
    if (/^---[ \t]*\r?\n?$/.test(line)) return { text: `${raw.slice(0, offset)}date: ${date}${eol}${raw.slice(offset)}`, filled: true };
    offset += line.length;
  }
  return { text: raw, filled: false };
}

/** Liquid is not run here: `{% … %}` anywhere, and `{{ … }}` outside `{% raw %}`, would show as typed. */
function liquidWarnings(file: string, body: string, shift: number): ContentIssue[] {
  const warnings: ContentIssue[] = [];
  let raw = false;
  body.split("\n").forEach((line, i) => {
    const column = line.includes("{%") ? line.indexOf("{%") : raw ? -1 : line.indexOf("{{");
    if (column >= 0) {
      warnings.push(issue(file, "Liquid is not processed here; replace this with plain Markdown (e.g. a fenced code block)", i + 1 - shift, column + 1, "warning"));
    }
    if (/\{%-?\s*endraw\s*-?%\}/.test(line)) raw = false;
    else if (/\{%-?\s*raw\s*-?%\}/.test(line)) raw = true;
  });
  return warnings;
}

type Outcome = "imported" | "skipped" | "failed";

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { locale: { type: "string", short: "l" }, "site-url": { type: "string" }, "dry-run": { type: "boolean" }, force: { type: "boolean" } },
    });
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 1;
  }
  const { positionals, values } = parsed;
  const locale = values.locale;
  const dryRun = values["dry-run"] ?? false;
  const force = values.force ?? false;
  if (positionals.length !== 1 || !locale) {
    console.error(`error: ${positionals.length !== 1 ? "give one folder of Jekyll posts" : "say which language the posts are in with --locale"}\n${USAGE}`);
    return 1;
  }
  if (!hasLocale(routing.locales, locale)) {
    console.error(`error: unknown locale "${locale}"; use ${routing.locales.join(" or ")}`);
    return 1;
  }
  const siteUrl = values["site-url"];
  if (siteUrl !== undefined && !isHttpUrl(siteUrl)) {
    console.error(`error: --site-url must be the old site's address, e.g. https://old.example.com, not "${siteUrl}"`);
    return 1;
  }
  let source = path.resolve(positionals[0]!);
  // A Jekyll site root: its posts are in _posts/, its settings in _config.yml. A bare _posts folder has Jekyll's defaults.
  const siteRoot = existsSync(path.join(source, "_posts")) && statSync(path.join(source, "_posts")).isDirectory() ? source : null;
  if (siteRoot) source = path.join(siteRoot, "_posts");
  let config: JekyllConfig;
  try {
    config = readJekyllConfig(siteRoot);
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  let files: string[];
  try {
    files = walk(source);
  } catch (error) {
    console.error(`error: cannot read ${shown(source)}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return 1;
  }

  const root = contentRoot();
  const counts: Record<Outcome, number> = { imported: 0, skipped: 0, failed: 0 };
  const claimed = new Map<string, string>();
  const report = (outcome: Outcome, line: string) => {
    counts[outcome]++;
    console.log(line);
  };
  const failWith = (issues: ContentIssue[]) => {
    for (const i of issues) console.log(formatIssue(i));
    counts.failed++;
  };

  const prepared: Prepared[] = [];
  for (const abs of files) {
    const file = shown(abs);
    const name = path.basename(abs);
    const match = POST_NAME.exec(name);
    if (!match) {
      if (POST_LIKE.test(name)) failWith([issue(file, `file name must be YYYY-MM-DD-title.md or .markdown (Jekyll's post names); rename it to import it`)]);
      else report("skipped", `skip   ${file} (not a Markdown post)`);
      continue;
    }
    const [, fileDate, title] = match as unknown as [string, string, string];
    if (!parsePostDate(fileDate)) {
      failWith([issue(file, `the date ${fileDate} in the file name is not a valid date`)]);
      continue;
    }
    const slug = title.toLowerCase().normalize("NFC");
    if (!isSlug(slug)) {
      failWith([issue(file, `"${slug}" (the file name without its date) is not a valid slug; rename the file using lowercase letters, digits and single hyphens`)]);
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(abs);
    } catch (error) {
      failWith([issue(file, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`)]);
      continue;
    }
    let raw: string;
    try {
      // ignoreBOM keeps a BOM in the text, so the copy is byte for byte.
      raw = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      failWith([issue(file, "file is not valid UTF-8; save it as UTF-8 and import again")]);
      continue;
    }
    const dated = fillDate(raw, fileDate);
    const { filled } = dated;
    let kept: ReturnType<typeof keepAddresses>;
    try {
      kept = keepAddresses(dated.text, config, { basename: name.replace(/\.[^.]+$/, ""), fileDate, locale, slug, siteUrl });
    } catch (error) {
      failWith([issue(file, `cannot work out its old address: ${error instanceof Error ? error.message : String(error)}`)]);
      continue;
    }
    // After the old address is worked out from the terms as Jekyll had them.
    const { text, renamed } = slugTerms(kept.text);
    const fm = parseFrontMatter(file, text);
    if (!fm.data) {
      failWith(fm.issues.length > 0 ? fm.issues : [issue(file, "front matter could not be read")]);
      continue;
    }
    const earlier = claimed.get(slug);
    if (earlier) {
      failWith([issue(file, `slug "${slug}" is already taken by ${earlier} in this import; rename one of the files`)]);
      continue;
    }
    claimed.set(slug, file);

    // Not failures: the post is imported, but the editor should look.
    const warnings: ContentIssue[] = [];
    if (fm.data.published === false) warnings.push(issue(file, "published: false is Jekyll's; this site ignores it — add draft: true to keep the post unpublished", frontMatterLine(raw, "published") ?? 1, 1, "warning"));
    warnings.push(...liquidWarnings(file, fm.body, text.split("\n").length - raw.split("\n").length));
    for (const { kind, from, to } of renamed) {
      warnings.push(issue(file, `${kind === "tags" ? "tag" : "category"} "${from}" is written as "${to}" (a term is a URL segment); name it in content/taxonomy.yml: ${to}: { zh: …, en: ${from} }`, frontMatterLine(raw, kind) ?? 1, 1, "warning"));
    }
    for (const key of kept.kept) warnings.push(issue(file, `${key} is already set, so the old address this import found is not added; check it by hand`, frontMatterLine(raw, key) ?? 1, 1, "warning"));
    prepared.push({ file, slug, text, filled, fileDate, warnings, time: fm.data.date.time, issue: fm.data.issue, aliases: kept.aliases, feedId: kept.feedId });
  }

  // Posts without an issue number are numbered in date order after the highest
  // one in use; a post already in content/ (a translation, or a re-import) keeps its own.
  const existing = loadAll().entries;
  const numbered = new Map(existing.filter((e) => e.meta?.issue !== undefined).map((e) => [e.slug, e.meta!.issue!]));
  let next = Math.max(nextIssueNumber(existing), ...prepared.map((p) => (p.issue ?? 0) + 1));
  for (const post of [...prepared].sort((a, b) => a.time - b.time || a.slug.localeCompare(b.slug))) {
    if (post.issue !== undefined) continue;
    const number = numbered.get(post.slug) ?? next++;
    post.text = appendFrontMatter(post.text, [`issue: ${number}`]);
    post.numbered = number;
  }

  // Every post's old addresses, whatever happens to it: what an editor checks after the move.
  const addresses = (post: Prepared) => {
    for (const alias of post.aliases) console.log(`  alias   ${alias}`);
    if (post.feedId) console.log(`  feed_id ${post.feedId}`);
  };
  for (const post of prepared) {
    const { file, slug, text, filled, fileDate, warnings, numbered: number } = post;
    const dir = path.join(root, slug);
    const target = path.join(dir, `${locale}.md`);
    const other = path.join(dir, `${locale}.mdx`);
    if (existsSync(other)) {
      failWith([issue(file, `${shown(other)} exists; a post has one file per language — remove it first`)]);
      continue;
    }
    const exists = existsSync(target);
    if (exists && readFileSync(target).equals(Buffer.from(text, "utf8"))) {
      report("skipped", `skip   ${file}: ${shown(target)} is already this post`);
      addresses(post);
      continue;
    }
    if (exists && !force) {
      report("skipped", `skip   ${file}: ${shown(target)} already exists (use --force to overwrite)`);
      addresses(post);
      continue;
    }
    const note = [filled ? `date ${fileDate} from the file name` : "", number ? `issue ${number}` : "", exists ? "overwrites" : ""].filter(Boolean).join(", ");
    const line = `${dryRun ? "would import" : "import"} ${file} -> ${shown(target)}${note ? ` (${note})` : ""}`;
    if (!dryRun) {
      const created = !existsSync(dir);
      const temp = path.join(dir, `.${locale}.md.${process.pid}.tmp`);
      try {
        mkdirSync(dir, { recursive: true });
        // Write then rename: a post is never left half-written.
        writeFileSync(temp, text, { flag: "wx" });
        renameSync(temp, target);
      } catch (error) {
        try {
          if (existsSync(temp)) unlinkSync(temp);
          if (created) rmdirSync(dir);
        } catch {
          // The original error is the one to report.
        }
        failWith([issue(file, `could not write ${shown(target)}: ${error instanceof Error ? error.message : String(error)}`)]);
        continue;
      }
    }
    report("imported", line);
    addresses(post);
    for (const w of warnings) console.log(formatIssue(w));
  }

  // The old feed's address leads to the new feed (lib/redirects.ts reads content/site.yml).
  if (siteRoot) {
    const settings = siteSettingsFile(root);
    const done = keepFeedAddress(settings, config.feedPath, dryRun);
    if (done === "added") console.log(`${dryRun ? "would add" : "added"} the old feed address ${config.feedPath} to ${shown(settings)} (feed_aliases)`);
    else console.log(`the old feed address ${config.feedPath} ${done === "present" ? `is already in ${shown(settings)}` : "is redirected anyway"}`);
  }

  const verb = dryRun ? "would be imported" : "imported";
  console.log(`${counts.imported} ${verb}, ${counts.skipped} skipped, ${counts.failed} failed${dryRun ? " (dry run: nothing written)" : ""}`);
  return counts.failed > 0 ? 1 : 0;
}

process.exitCode = main();
