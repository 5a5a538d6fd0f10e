import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { routing, type Locale } from "@/i18n/routing";
import { env } from "@/lib/env";
import { leavesFolder, linkOutMessage } from "./confine";
import { analyze, analyzeAndCompile, type Format } from "./compile";
import type { DigestSummary } from "./digest";
import { parseFrontMatter, type FrontMatter } from "./front-matter";
import type { ContentIssue } from "./issues";
import { issueNumberProblems } from "./issue-numbers";
import { postSizeIssue } from "./post-size";
import { imagesChanged, resolveImages, type ImageAsset, type ImageDependency, type MediaFile } from "./images";
import { readingMinutes } from "./reading-time";
import { isSlug, suggestSlug } from "./slug";
import { loadTaxonomy, type Taxonomy } from "./taxonomy";

export type PostStatus = "published" | "draft" | "scheduled";

/** Everything known about one file, valid or not. */
export type Entry = {
  slug: string;
  locale: Locale;
  /** Path relative to the project, as editors see it: `content/posts/x/zh.md`. */
  file: string;
  format: Format;
  meta: FrontMatter | null;
  summary: DigestSummary | null;
  body: string;
  issues: ContentIssue[];
  readingMinutes: number;
  mtimeMs: number;
  /** The post's images by the URL it writes (`./chart.png`), resolved and checked. */
  images: Record<string, ImageAsset>;
  /** The files those images publish, by name under /media/. */
  media: Map<string, MediaFile>;
  imageDependencies: ImageDependency[];
  /**
   * The body compiled to code (lib/content/compile.ts, analyzeAndCompile) in
   * a production build's content snapshot, null if it has errors; absent
   * elsewhere (the dev server compiles a post when its page is asked for).
   */
  code?: string | null;
};

const NO_IMAGES = { images: {}, media: new Map<string, MediaFile>(), imageDependencies: [] };

/** The folder of post folders (DIGEST_CONTENT_DIR points a build at another: the e2e fixtures). */
export const contentRoot = () => env.contentDir();

const POST_FILE = /^([a-z]{2}(?:-[A-Za-z]+)?)\.(md|mdx)$/;

function relative(abs: string) {
  return path.relative(process.cwd(), abs).split(path.sep).join("/");
}

function readEntry(abs: string, slug: string, locale: Locale, format: Format, mtimeMs: number): Entry {
  const file = relative(abs);
  const tooLarge = postSizeIssue(file, statSync(abs).size);
  if (tooLarge) return { slug, locale, file, format, meta: null, summary: null, body: "", issues: [tooLarge], readingMinutes: 0, mtimeMs, ...NO_IMAGES };
  const raw = readFileSync(abs, "utf8");
  const issues: ContentIssue[] = [];
  if (raw.includes("\uFFFD")) {
    issues.push({ file, line: 1, column: 1, severity: "error", message: "file is not valid UTF-8; save it as UTF-8" });
  }
  if (raw.trim() === "") {
    issues.push({ file, line: 1, column: 1, severity: "error", message: "file is empty; start it with front matter (title, date) and a body" });
    return { slug, locale, file, format, meta: null, summary: null, body: "", issues, readingMinutes: 0, mtimeMs, ...NO_IMAGES };
  }
  const fm = parseFrontMatter(file, raw);
  issues.push(...fm.issues);
  let summary: DigestSummary | null = null;
  let images: Pick<Entry, "images" | "media" | "imageDependencies"> = NO_IMAGES;
  let code: string | null | undefined;
  if (fm.data && compilingBodies) {
    // One parse for the analysis and the compiled body; the images are resolved when found.
    const input = { file, body: fm.body, format, title: fm.data.title, source: fm.data.source };
    const imageIssues: ContentIssue[] = [];
    const compiled = analyzeAndCompile(input, (refs) => {
      const resolved = resolveImages(file, path.dirname(abs), refs);
      imageIssues.push(...resolved.issues);
      images = { images: resolved.assets, media: resolved.media, imageDependencies: resolved.dependencies };
      return resolved.assets;
    });
    summary = compiled.summary;
    issues.push(...compiled.issues, ...imageIssues);
    code = compiled.code;
  } else if (fm.data) {
    const analysed = analyze({ file, body: fm.body, format, title: fm.data.title, source: fm.data.source });
    summary = analysed.summary;
    issues.push(...analysed.issues);
    const resolved = resolveImages(file, path.dirname(abs), analysed.images);
    issues.push(...resolved.issues);
    images = { images: resolved.assets, media: resolved.media, imageDependencies: resolved.dependencies };
  }
  return {
    slug, locale, file, format, meta: fm.data, summary, body: fm.body, issues,
    readingMinutes: summary ? readingMinutes(summary.text) : 0,
    mtimeMs,
    ...images,
    ...(code === undefined ? {} : { code }),
  };
}

/** Where an entry's file is on disk (built from the content root, so the bundler traces nothing more). */
export const entryPath = (entry: Pick<Entry, "slug" | "file">) => path.join(contentRoot(), entry.slug, path.basename(entry.file));

type Snapshot = { entries: Entry[]; problems: ContentIssue[]; taxonomy: Taxonomy };

const cache = new Map<string, Entry>();
/**
 * The bundler gives each route its own copy of this module; a build worker
 * renders many routes, so the frozen snapshot lives on globalThis and the
 * content is read and analysed once per process, not once per route.
 */
const FROZEN = Symbol.for("digest.content.frozen");
const frozenStore = () => ((globalThis as { [FROZEN]?: Map<string, Snapshot> })[FROZEN] ??= new Map());

/**
 * Reads every post file. During a production build or server the content
 * cannot change, so it is read once per process; in development each call
 * re-reads only the files whose modification time changed, so edits and new
 * posts show on the next reload.
 */
export function loadAll(): Snapshot {
  const root = contentRoot();
  const frozen = frozenStore().get(root) ?? readContentSnapshot(root);
  if (frozen) return frozen;
  const entries: Entry[] = [];
  const problems: ContentIssue[] = [];
  // Every file published comes from inside the content folder (content/ for content/posts).
  const contentFolder = path.dirname(root);
  const folderName = `${relative(contentFolder) || "."}/`;
  let dirs: string[] = [];
  try {
    for (const d of readdirSync(root, { withFileTypes: true })) {
      const abs = path.join(root, d.name);
      if (d.isSymbolicLink() && leavesFolder(abs, contentFolder)) {
        problems.push({ file: relative(abs), line: 1, column: 1, severity: "error", message: linkOutMessage(`post folder "${d.name}"`, folderName) });
      } else if (d.isDirectory() || (d.isSymbolicLink() && statSync(abs, { throwIfNoEntry: false })?.isDirectory())) {
        dirs.push(d.name);
      }
    }
    dirs.sort();
  } catch {
    dirs = [];
  }
  // A post must live in its own folder; a loose file would otherwise be silently skipped.
  try {
    for (const d of readdirSync(root, { withFileTypes: true })) {
      if (d.isFile() && /\.(md|mdx|markdown)$/i.test(d.name)) {
        const target = relative(path.join(root, d.name.replace(/\.[^.]+$/, "").toLowerCase(), "zh.md"));
        problems.push({ file: relative(path.join(root, d.name)), line: 1, column: 1, severity: "error", message: `a post is a folder: move this file to ${target} (or en.md)` });
      }
    }
  } catch {
    // No content folder yet: nothing to publish.
  }
  const seen = new Set<string>();
  for (const slug of dirs) {
    const dir = path.join(root, slug);
    const slugOk = isSlug(slug);
    const files = readdirSync(dir).sort();
    const locales = new Map<string, string>();
    for (const name of files) {
      const abs = path.join(dir, name);
      const m = POST_FILE.exec(name);
      if (!m) {
        if (/\.(md|mdx|markdown)$/i.test(name)) {
          problems.push({ file: relative(abs), line: 1, column: 1, severity: "error", message: `file name must be zh.md, en.md, zh.mdx or en.mdx (the locale), not "${name}"` });
        }
        continue;
      }
      const [, locale, ext] = m as unknown as [string, string, Format];
      if (!(routing.locales as readonly string[]).includes(locale)) {
        problems.push({ file: relative(abs), line: 1, column: 1, severity: "error", message: `unknown locale "${locale}"; use ${routing.locales.join(" or ")}` });
        continue;
      }
      if (locales.has(locale)) {
        problems.push({ file: relative(abs), line: 1, column: 1, severity: "error", message: `duplicate post: ${locales.get(locale)} and ${name} are both the ${locale} version of "${slug}"; keep one` });
        continue;
      }
      locales.set(locale, name);
      if (!slugOk) {
        problems.push({ file: relative(abs), line: 1, column: 1, severity: "error", message: `folder name "${slug}" is not a valid slug; use lowercase letters, digits and single hyphens (e.g. ${suggestSlug(slug) ?? "2026-01-18-sovereign-ai"})` });
        continue;
      }
      const key = slug.toLowerCase();
      if (seen.has(`${locale}:${key}`)) {
        problems.push({ file: relative(abs), line: 1, column: 1, severity: "error", message: `duplicate slug "${slug}" (slugs differ only in case)` });
        continue;
      }
      seen.add(`${locale}:${key}`);
      if (leavesFolder(abs, contentFolder)) {
        problems.push({ file: relative(abs), line: 1, column: 1, severity: "error", message: linkOutMessage(name, folderName) });
        continue;
      }
      const stat = statSync(abs);
      const cached = cache.get(abs);
      // A build's snapshot needs the compiled body, which an entry read for the dev server lacks.
      const fresh = cached && cached.mtimeMs === stat.mtimeMs && !imagesChanged(cached.imageDependencies) && (!compilingBodies || cached.code !== undefined);
      const entry = fresh ? cached : (carrying?.carry(abs, stat.mtimeMs) ?? readEntry(abs, slug, locale as Locale, ext, stat.mtimeMs));
      carrying?.keep(abs, entry);
      cache.set(abs, entry);
      entries.push(entry);
    }
  }
  const absOf = new Map(entries.map((e) => [e.file, entryPath(e)]));
  problems.push(...issueNumberProblems(entries, (file) => readFileSync(absOf.get(file)!, "utf8")));
  // Names of tags and categories: a broken taxonomy.yml is an error (the build fails on it).
  const { taxonomy, issues: taxonomyIssues } = loadTaxonomy(root, relative);
  problems.push(...taxonomyIssues);
  const result = { entries, problems, taxonomy };
  if (env.isProduction()) frozenStore().set(root, result);
  return result;
}

/** A build's entries by file, each with the SHA-256 of the text it was read from. */
type CarriedEntries = Map<string, { sha256: string; entry: Entry }>;
type CarryFile = { root: string; entries: CarriedEntries };

/** Set while the snapshot of a build is taken: each post's body is compiled with its analysis. */
let compilingBodies = false;

/** Set while the snapshot of a build is taken with a carry file. */
let carrying: { carry: (abs: string, mtimeMs: number) => Entry | undefined; keep: (abs: string, entry: Entry) => void } | null = null;

function readCarried(carryFile: string, root: string): CarriedEntries {
  try {
    const stored = deserialize(readFileSync(carryFile)) as CarryFile;
    return stored.root === root ? stored.entries : new Map();
  } catch {
    // None yet (a first build), or unreadable: every file is read.
    return new Map();
  }
}

/**
 * A production build reads and analyses the content once (`npm run build`
 * writes this snapshot between compiling and generating) instead of once in
 * every build worker: at 1,000 bilingual posts that is ~6.5 s of parsing per process, and
 * reading the snapshot back takes ~70 ms. v8's serializer keeps the Maps and
 * Dates the entries hold.
 *
 * With a carry file (in the build's cache folder, kept from one build to the
 * next, on Vercel too), a file whose text has the same SHA-256 as in the
 * previous build, and whose images have not changed, keeps its previous
 * analysis and compiled body instead of being parsed and compiled again
 * (analyzeAndCompile, one parse for both); the file then holds this build's
 * entries. `npm run build` names the carry file after the code that analyses
 * the content, so a change to that code reads every file again.
 */
export function writeContentSnapshot(file: string, carryFile?: string, moreProblems?: (entries: Entry[]) => ContentIssue[]): { files: number; reused: number } {
  const root = contentRoot();
  const previous: CarriedEntries = carryFile ? readCarried(carryFile, root) : new Map();
  const next: CarriedEntries = new Map();
  const hashes = new Map<string, string>();
  const hashOf = (abs: string) => {
    let hash = hashes.get(abs);
    if (hash === undefined) hashes.set(abs, (hash = createHash("sha256").update(readFileSync(abs)).digest("hex")));
    return hash;
  };
  let reused = 0;
  carrying = carryFile
    ? {
        carry(abs, mtimeMs) {
          const before = previous.get(abs);
          if (!before || before.sha256 !== hashOf(abs) || imagesChanged(before.entry.imageDependencies) || before.entry.code === undefined) return undefined;
          reused++;
          return { ...before.entry, mtimeMs };
        },
        keep: (abs, entry) => next.set(abs, { sha256: hashOf(abs), entry }),
      }
    : null;
  let content: Snapshot;
  // Content read before in this process (without compiled bodies) is read again.
  frozenStore().delete(root);
  compilingBodies = true;
  try {
    content = loadAll();
  } finally {
    carrying = null;
    compilingBodies = false;
  }
  // Problems only the whole site shows (an alias that hides a page): every build worker reports them with the rest.
  if (moreProblems) content = { ...content, problems: [...content.problems, ...moreProblems(content.entries)] };
  const snapshot: StoredSnapshot = { root, content };
  writeFileSync(`${file}.tmp`, serialize(snapshot));
  renameSync(`${file}.tmp`, file);
  if (carryFile) {
    mkdirSync(path.dirname(carryFile), { recursive: true });
    const stored: CarryFile = { root, entries: next };
    writeFileSync(`${carryFile}.tmp`, serialize(stored));
    renameSync(`${carryFile}.tmp`, carryFile);
  }
  return { files: content.entries.length, reused };
}

type StoredSnapshot = { root: string; content: Snapshot };

function readContentSnapshot(root: string): Snapshot | null {
  const file = env.contentSnapshot();
  if (!file || !env.isProduction() || !existsSync(file)) return null;
  const stored = deserialize(readFileSync(file)) as StoredSnapshot;
  if (stored.root !== root) return null;
  frozenStore().set(root, stored.content);
  return stored.content;
}

/** For tests and tools that point the store at another folder. */
export function resetContentCache() {
  cache.clear();
  frozenStore().clear();
}
