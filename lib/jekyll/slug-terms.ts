import { isMap, isScalar, isSeq, parseDocument } from "yaml";
import { splitFrontMatter } from "@/lib/content/front-matter";
import { isSlug, suggestSlug } from "@/lib/content/slug";

export type RenamedTerm = { kind: "tags" | "categories"; from: string; to: string };

/**
 * Jekyll takes any text as a tag or category ("Kubernetes", "Service Mesh");
 * here each term is a URL segment, so it must be a slug. The import writes
 * the nearest slug in place of each term that is not one (the post's old URL
 * is worked out from the original terms first) and says which, so that the
 * editor can give the term its name in content/taxonomy.yml. Only those
 * entries change; a file whose terms are all slugs is returned as it is. A
 * term with no slug near it is left for the content check to report.
 */
export function slugTerms(text: string): { text: string; renamed: RenamedTerm[] } {
  const yaml = splitFrontMatter(text).yaml;
  if (yaml === null) return { text, renamed: [] };
  const doc = parseDocument(yaml, { schema: "core" });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return { text, renamed: [] };
  const renamed: RenamedTerm[] = [];
  const slugOf = (kind: RenamedTerm["kind"], term: string) => {
    if (isSlug(term)) return term;
    const to = suggestSlug(term);
    if (to === null) return term;
    renamed.push({ kind, from: term, to });
    return to;
  };
  for (const kind of ["tags", "categories"] as const) {
    const node = doc.get(kind, true);
    if (isScalar(node) && typeof node.value === "string") {
      node.value = node.value.split(/\s+/).filter(Boolean).map((t) => slugOf(kind, t)).join(" ");
    } else if (isSeq(node)) {
      for (const item of node.items) if (isScalar(item) && (typeof item.value === "string" || typeof item.value === "number")) item.value = slugOf(kind, String(item.value));
    }
  }
  if (renamed.length === 0) return { text, renamed };
  const eol = /\r\n/.test(text) ? "\r\n" : "\n";
  const front = doc.toString({ lineWidth: 0 }).replace(/\n$/, "").split("\n").join(eol);
  const replaced = text.replace(/^(\uFEFF?---[ \t]*\r?\n)[\s\S]*?(\r?\n---[ \t]*(?:\r?\n|$))/, (_, open: string, close: string) => `${open}${front}${close}`);
  return { text: replaced, renamed };
}
