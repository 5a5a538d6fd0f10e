import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node } from "yaml";
import { z } from "zod";
import { parsePostDate } from "./dates";
import type { ContentIssue } from "./issues";
import { isSlug, suggestSlug } from "./slug";
import { unprintableScalars } from "./yaml-text";

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** An Atom entry id is an IRI: a URL or a URN, never a relative path. */
function isAbsoluteUri(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\S+$/i.test(value) && URL.canParse(value);
}

const jekyllDate = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const parsed = parsePostDate(String(value));
  if (!parsed) {
    ctx.addIssue({
      code: "custom",
      message: `date "${value}" is not a valid date; write it as 2026-01-18 or 2026-01-18 08:30:00 +0800`,
    });
    return z.NEVER;
  }
  return parsed;
});

/**
 * Jekyll allows a YAML list or a space-separated string. Each term is a URL
 * segment and a file name in the build (`/tags/<term>`), so it follows the
 * slug rule: `..`, `a/b` or `50%` would leave its folder or break its URL.
 */
const termList = (what: "tag" | "category") => z
  .union([z.string(), z.array(z.union([z.string(), z.number()])), z.null()])
  .transform((value, ctx) => {
    if (value === null) return [];
    const words = (typeof value === "string" ? value.split(/\s+/) : value.map(String)).map((w) => w.trim());
    words.forEach((word, i) => {
      if (word === "" || isSlug(word)) return;
      const hint = suggestSlug(word);
      ctx.addIssue({
        code: "custom",
        path: typeof value === "string" ? [] : [i],
        message: `${what} "${word}" must be a slug: lowercase letters (Chinese too), digits and single hyphens${hint ? ` (e.g. ${hint})` : ""}; taxonomy.yml gives it a name for readers`,
      });
    });
    return [...new Set(words.filter(Boolean))];
  });

const text = (field: string) =>
  z.union([z.string(), z.number()], { error: `${field} must be text` }).transform((v) => String(v).trim());

const frontMatterSchema = z.looseObject({
  // Jekyll's `layout` is accepted and ignored.
  layout: z.unknown().optional(),
  title: text("title").pipe(z.string().min(1, "title is empty")),
  date: jekyllDate,
  updated: jekyllDate.optional(),
  author: text("author").optional(),
  source: z
    .string({ error: "source must be a URL" })
    .trim()
    .refine(isHttpUrl, { message: "source must be an http:// or https:// URL" })
    .optional(),
  categories: termList("category").default([]),
  tags: termList("tag").default([]),
  summary: text("summary").optional(),
  draft: z.boolean({ error: "draft must be true or false" }).default(false),
  image: z.string().optional(),
  /** The issue number (第 N 期 / Issue N), one for both languages. */
  issue: z
    .number({ error: "issue must be a whole number, e.g. issue: 12" })
    .int("issue must be a whole number, e.g. issue: 12")
    .positive("issue must be 1 or more")
    .optional(),
  /** Earlier paths of the post, each answered with a permanent redirect (lib/redirects.ts). */
  aliases: z
    .union([z.string(), z.array(z.string({ error: "each alias must be a path such as /2026/01/18/old-title.html" })), z.null()], {
      error: "aliases must be a list of paths, e.g. aliases: [/2026/01/18/old-title.html]",
    })
    .transform((value) => (value === null ? [] : typeof value === "string" ? [value] : value).map((a) => a.trim()))
    .default([]),
  /** The entry id a previous site's feed gave this post, kept so that feed readers do not show it as new. */
  feed_id: z
    .string({ error: "feed_id must be the id the old feed gave this post, e.g. https://old.example.com/2026/01/18/title" })
    .trim()
    .refine(isAbsoluteUri, { message: "feed_id must be an absolute URL or URN (the old feed's entry id)" })
    .optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

type SplitFile = {
  /** The YAML between the fences, or null when the file has none. */
  yaml: string | null;
  /** The body, preceded by blank lines so that line numbers match the file. */
  body: string;
  /** 1-based line of the first YAML line. */
  yamlLine: number;
};

/** Strips a BOM, normalises CRLF, and separates the front matter from the body. */
export function splitFrontMatter(raw: string): SplitFile {
  const source = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const match = /^---[ \t]*\n([\s\S]*?)\n?^---[ \t]*$\n?/m.exec(source);
  if (!match || match.index !== 0) return { yaml: null, body: source, yamlLine: 2 };
  const yaml = match[1] ?? "";
  const consumed = match[0];
  const lines = consumed.split("\n").length - 1;
  return { yaml, body: "\n".repeat(lines) + source.slice(consumed.length), yamlLine: 2 };
}

type Parsed = { data: FrontMatter | null; issues: ContentIssue[] };

export function parseFrontMatter(file: string, raw: string): Parsed & { body: string } {
  const split = splitFrontMatter(raw);
  const at = (line: number, column: number, message: string): ContentIssue => ({
    file, line, column, severity: "error", message,
  });
  if (split.yaml === null) {
    return {
      data: null,
      body: split.body,
      issues: [at(1, 1, "missing front matter: start the file with a --- block holding at least title and date")],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(split.yaml, { schema: "core", uniqueKeys: true, prettyErrors: false, lineCounter });
  if (doc.errors.length > 0) {
    return {
      data: null,
      body: split.body,
      issues: doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        const message = e.message.split("\n")[0] ?? e.message;
        return at(pos.line + split.yamlLine - 1, pos.col, `invalid YAML in front matter: ${message}`);
      }),
    };
  }
  const value: unknown = doc.toJS() ?? {};
  if (!isMap(doc.contents) && doc.contents !== null) {
    return { data: null, body: split.body, issues: [at(split.yamlLine, 1, "front matter must be a set of key: value lines")] };
  }
  const unprintable = unprintableScalars(doc, lineCounter).map((p) => at(p.line + split.yamlLine - 1, p.col, p.message));
  const result = frontMatterSchema.safeParse(value);
  if (result.success) return { data: unprintable.length > 0 ? null : result.data, body: split.body, issues: unprintable };

  const position = ([key, index]: PropertyKey[]) => {
    // A field that is absent is reported on the opening `---`.
    if (typeof key !== "string" || !isMap(doc.contents)) return { line: 0, col: 1 };
    const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
    let node = (pair?.value ?? pair?.key) as Node | undefined;
    // One item of a list (a tag) is reported where it is written.
    if (typeof index === "number" && isSeq(node)) node = (node.items[index] as Node | undefined) ?? node;
    const offset = node?.range?.[0];
    return offset === undefined ? { line: 0, col: 1 } : lineCounter.linePos(offset);
  };
  return {
    data: null,
    body: split.body,
    issues: [...unprintable, ...result.error.issues.map((issue) => {
      const key = issue.path[0];
      const pos = position(issue.path);
      const raw = typeof key === "string" ? (value as Record<string, unknown>)[key] : undefined;
      const missing = typeof key === "string" && (raw === undefined || raw === null);
      const message = missing ? `${String(key)} is required` : issue.message;
      return at(pos.line + split.yamlLine - 1, pos.col, message);
    })],
  };
}

/** The 1-based line of a top-level front-matter key, or null when the file does not set it. */
export function frontMatterLine(raw: string | null | undefined, key: string): number | null {
  if (!raw) return null;
  const lines = raw.replace(/^\uFEFF/, "").split(/\r\n?|\n/);
  if (!/^---[ \t]*$/.test(lines[0] ?? "")) return null;
  const pattern = new RegExp(`^${key}[ \\t]*:`);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (/^---[ \t]*$/.test(line)) return null;
    if (pattern.test(line)) return i + 1;
  }
  return null;
}
