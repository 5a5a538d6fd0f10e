import { readFileSync } from "node:fs";
import path from "node:path";
import { isMap, isScalar, LineCounter, parseDocument, type Node } from "yaml";
import { z } from "zod";
import type { Locale } from "@/i18n/routing";
import { leavesFolder, linkOutMessage } from "./confine";
import type { ContentIssue } from "./issues";
import { isSlug } from "./slug";
import { unprintableScalars } from "./yaml-text";

/**
 * content/taxonomy.yml names each tag and category per language, with an
 * optional one-line description. Slugs stay in URLs; names are what readers see.
 *
 *   tags:
 *     sovereign-ai: { zh: 主权 AI, en: Sovereign AI }
 *   categories:
 *     cloud-native: { zh: 云原生, en: Cloud native, description: { zh: "…", en: "…" } }
 */
export type TermKind = "tags" | "categories";
export type TermEntry = { names: Record<Locale, string>; description?: Partial<Record<Locale, string>> };
/** `present`: whether the site has a taxonomy.yml at all (without one, terms are shown by slug and nothing warns). */
export type Taxonomy = Record<TermKind, Map<string, TermEntry>> & { present: boolean };

const text = z.string({ error: "must be text" }).trim().min(1, "must not be empty");
const entrySchema = z.strictObject(
  {
    zh: text,
    en: text,
    description: z.strictObject({ zh: text.optional(), en: text.optional() }, { error: "description must be { zh: …, en: … }" }).optional(),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys" ? `unknown key ${issue.keys.map((k) => `"${k}"`).join(", ")}; use zh, en and description` : "must give a name per language: { zh: …, en: … }",
  },
);
const fileSchema = z.strictObject(
  {
    tags: z.record(z.string(), entrySchema).nullish(),
    categories: z.record(z.string(), entrySchema).nullish(),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys" ? `unknown section ${issue.keys.map((k) => `"${k}"`).join(", ")}; use tags: and categories:` : "must have tags: and categories: sections",
  },
);

export const emptyTaxonomy = (present = false): Taxonomy => ({ tags: new Map(), categories: new Map(), present });

/** The file beside the posts folder: content/taxonomy.yml for content/posts. */
export const taxonomyFile = (contentRoot: string) => path.join(path.dirname(contentRoot), "taxonomy.yml");

/** Parses the file's text; errors name `file:line:col`. A missing file is an empty taxonomy. */
export function parseTaxonomy(file: string, raw: string | null): { taxonomy: Taxonomy; issues: ContentIssue[] } {
  const taxonomy = emptyTaxonomy(raw !== null);
  if (raw === null) return { taxonomy, issues: [] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(raw.replace(/^\uFEFF/, ""), { uniqueKeys: true, prettyErrors: false, lineCounter });
  const at = (offset: number | undefined, message: string): ContentIssue => {
    const pos = offset === undefined ? { line: 1, col: 1 } : lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col, severity: "error", message };
  };
  if (doc.errors.length > 0) return { taxonomy, issues: doc.errors.map((e) => at(e.pos[0], `invalid YAML: ${e.message.split("\n")[0]}`)) };
  const unprintable = unprintableScalars(doc, lineCounter).map((p) => ({ file, line: p.line, column: p.col, severity: "error" as const, message: p.message }));
  const terms = ["tags", "categories"].flatMap((kind) => {
    const section = isMap(doc.contents) ? doc.contents.get(kind, true) : undefined;
    if (!isMap(section)) return [];
    // A key is the term's slug, as posts write it: the same rule.
    return section.items
      .filter((pair) => !isSlug(String(isScalar(pair.key) ? pair.key.value : pair.key)))
      .map((pair) => at((pair.key as Node).range?.[0], `${kind}: "${String(isScalar(pair.key) ? pair.key.value : pair.key)}" is not a slug: lowercase letters (Chinese too), digits and single hyphens, as posts write it`));
  });
  const result = fileSchema.safeParse(doc.toJS() ?? {});
  if (unprintable.length + terms.length > 0 || !result.success) {
    return {
      taxonomy,
      issues: [...unprintable, ...terms, ...(result.success ? [] : result.error.issues).map((issue) => {
        // The deepest node the path reaches, for its position.
        let node: unknown = doc.contents;
        for (const key of issue.path) {
          if (!isMap(node)) break;
          const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
          if (!pair) break;
          node = pair.value ?? pair.key;
        }
        const where = issue.path.join(".");
        return at((node as Node | undefined)?.range?.[0], `${where ? `${where}: ` : ""}${issue.message}`);
      })],
    };
  }
  for (const kind of ["tags", "categories"] as const) {
    for (const [slug, entry] of Object.entries(result.data[kind] ?? {})) {
      taxonomy[kind].set(slug, { names: { zh: entry.zh, en: entry.en }, description: entry.description });
    }
  }
  return { taxonomy, issues: [] };
}

export function loadTaxonomy(contentRoot: string, relative: (abs: string) => string) {
  const abs = taxonomyFile(contentRoot);
  const folder = path.dirname(contentRoot);
  if (leavesFolder(abs, folder)) {
    const issue: ContentIssue = { file: relative(abs), line: 1, column: 1, severity: "error", message: linkOutMessage("taxonomy.yml", `${relative(folder) || "."}/`) };
    return { ...parseTaxonomy(relative(abs), null), issues: [issue] };
  }
  let raw: string | null = null;
  try {
    raw = readFileSync(abs, "utf8");
  } catch {
    raw = null;
  }
  return parseTaxonomy(relative(abs), raw);
}

/** A term as readers see it: its name in that language, or its slug when it has none. */
export function termName(taxonomy: Taxonomy, kind: TermKind, slug: string, locale: Locale): string {
  return taxonomy[kind].get(slug)?.names[locale] ?? slug;
}

export function termDescription(taxonomy: Taxonomy, kind: TermKind, slug: string, locale: Locale): string | undefined {
  return taxonomy[kind].get(slug)?.description?.[locale];
}

/** Terms the posts use that taxonomy.yml does not name, by kind. */
export function unnamedTerms(taxonomy: Taxonomy, kind: TermKind, used: string[]): string[] {
  return [...new Set(used)].filter((slug) => !taxonomy[kind].has(slug));
}

