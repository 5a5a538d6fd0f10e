import type { Heading, Link, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import { valueToEstree } from "estree-util-value-to-estree";
import type { Program } from "estree";
import { isHttpUrl } from "./front-matter";
import { isUnsafeUrl } from "./safety";
import { ANCHOR_ID, isPageId } from "./post-attributes";
import type { ContentIssue } from "./issues";

export type DigestSource = { n: number; url: string; title: string; domain: string };
type DigestItem = { id: string; title: string; sources: number[] };
export type DigestSummary = {
  /** Plain text of the lead (the paragraphs before the first `##`). */
  lead: string;
  items: DigestItem[];
  sources: DigestSource[];
  hasAnalysis: boolean;
  hasConclusion: boolean;
  /** Plain text of the analysis and the conclusion ("" when absent): for the translators' side-by-side view. */
  analysis: string;
  conclusion: string;
  /** Plain text of the whole body, for reading time. */
  text: string;
};

type DigestOptions = {
  file: string;
  title: string;
  /** The front-matter `source`, which is cited first. */
  source?: string;
  issues: ContentIssue[];
  /** Receives the summary once the tree has been transformed. */
  onSummary?: (summary: DigestSummary) => void;
};

const SECTIONS = {
  mainNews: /^(主要新闻|本周要闻|要闻|新闻|main news|top news|news|headlines)$/i,
  analysis: /^(分析|深度分析|analysis)$/i,
  conclusion: /^(结论|总结|结语|conclusion|summary|takeaways?)$/i,
};
/*
 * Post text is untrusted: a regex with two quantifiers that can match the
 * same characters (`\s*[:：]?\s*$`) backtracks quadratically on a long run
 * of them, and one post would hang the build. Labels and separators are
 * therefore read by trimming and comparing words, in linear time.
 */
const SOURCE_WORDS = new Set(["source", "sources", "来源", "出处"]);
const endsWithColon = (s: string) => s.endsWith(":") || s.endsWith("：");

/** `Source:` (the colon optional when `colon` is false), with any spacing. */
function isSourceLabel(text: string, colon = true): boolean {
  let word = text.trim();
  if (endsWithColon(word)) word = word.slice(0, -1).trimEnd();
  else if (colon) return false;
  return SOURCE_WORDS.has(word.toLowerCase());
}

const SEPARATOR_CHAR = /^[\s,，、;；|/&()（）·•]$/;
const SEPARATOR_WORDS = new Set(["", "and", "和", "及", "与"]);

/** What may stand between two links of one source line: punctuation around at most one `and`. */
function isSeparator(text: string): boolean {
  let start = 0;
  let end = text.length;
  while (start < end && SEPARATOR_CHAR.test(text[start]!)) start++;
  while (end > start && SEPARATOR_CHAR.test(text[end - 1]!)) end--;
  return SEPARATOR_WORDS.has(text.slice(start, end).toLowerCase());
}

/** Whitespace collapsed, a trailing colon dropped. */
function normalise(s: string): string {
  const collapsed = s.replace(/\s+/g, " ").trim();
  return endsWithColon(collapsed) ? collapsed.slice(0, -1).trimEnd() : collapsed;
}

function domainOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

function expression(value: unknown): MdxJsxAttribute["value"] {
  const program: Program = {
    type: "Program",
    sourceType: "module",
    body: [{ type: "ExpressionStatement", expression: valueToEstree(value) }],
  };
  return { type: "mdxJsxAttributeValueExpression", value: JSON.stringify(value), data: { estree: program } };
}

function element(name: string, attrs: Record<string, unknown>, children: RootContent[]): MdxJsxFlowElement {
  const attributes: MdxJsxAttribute[] = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ({ type: "mdxJsxAttribute", name: k, value: typeof v === "string" ? v : expression(v) }));
  return { type: "mdxJsxFlowElement", name, attributes, children: children as MdxJsxFlowElement["children"] };
}

function stringAttribute(node: MdxJsxFlowElement, name: string): string | undefined {
  const attr = node.attributes.find((a): a is MdxJsxAttribute => a.type === "mdxJsxAttribute" && a.name === name);
  return typeof attr?.value === "string" ? attr.value : undefined;
}

type SourceLine = { links: Link[] };

/**
 * A paragraph like `**Source:** [title](url)`, `来源：[a](u1)、[b](u2)` or
 * `Sources: <https://…>`: a label, `:` or `：`, then only links.
 */
export function asSourceLine(p: Paragraph): SourceLine | null {
  const kids = p.children;
  const first = kids.findIndex((c) => c.type === "link");
  if (first <= 0) return null;
  if (!isSourceLabel(kids.slice(0, first).map((c) => toString(c)).join(""))) return null;
  const links: Link[] = [];
  for (const kid of kids.slice(first)) {
    if (kid.type === "link") links.push(kid);
    else if (kid.type === "break") continue;
    else {
      // Several source lines in one paragraph: `…](u1)\n**Source:** [b](u2)`.
      const words = toString(kid as PhrasingContent);
      if (!isSeparator(words) && !isSourceLabel(words, false)) return null;
    }
  }
  return { links };
}

/** An item's anchor: `item-N`, or one the editor gives: `### Title {#my-id}` (or `<NewsItem id="my-id">` in MDX). */
const ITEM_ID = ANCHOR_ID;

/**
 * `Title {#my-id}` → the title and the id written after it: the id is the
 * run of characters other than `}` and spaces before the closing `}`, from
 * its first `{#`. Found by scanning back from the end, not by a regex, which
 * would retry the scan from every `{#` of a heading made of them.
 */
export function itemAnchor(written: string): { title: string; id?: string } {
  const text = written.trimEnd();
  if (!text.endsWith("}")) return { title: written };
  let start = text.length - 1;
  while (start > 0 && !/[}\s]/.test(text[start - 1]!)) start--;
  const open = text.indexOf("{#", start);
  const id = open === -1 ? "" : text.slice(open + 2, -1);
  return id ? { title: text.slice(0, open).trimEnd(), id } : { title: written };
}

type Report = (node: { position?: { start: { line: number; column: number } } } | undefined, message: string, severity?: ContentIssue["severity"]) => void;

/**
 * Step "sources": the post's numbered source list. The front-matter `source`
 * is cited first; a URL cited again keeps its number (and gains a title if it
 * had only its domain).
 */
export function sourceNumbering(frontSource?: string) {
  const sources: DigestSource[] = [];
  // By URL: a post may cite thousands, and a search of the list per link would be quadratic.
  const byUrl = new Map<string, DigestSource>();
  const numberOf = (url: string, title: string): number => {
    const href = new URL(url).href;
    const known = byUrl.get(href);
    if (known) {
      if (known.title === known.domain && title) known.title = title;
      return known.n;
    }
    const n = sources.length + 1;
    const source = { n, url: href, title: title || domainOf(href), domain: domainOf(href) };
    sources.push(source);
    byUrl.set(href, source);
    return n;
  };
  if (frontSource) numberOf(frontSource, "");
  return { sources, numberOf };
}

/** Step "sources", per item: takes the source lines out of an item's body and numbers their links. */
export function extractSources(body: RootContent[], numberOf: (url: string, title: string) => number, report: Report): { rest: RootContent[]; cited: number[] } {
  const cited: number[] = [];
  const seen = new Set<number>();
  const rest = body.filter((node) => {
    if (node.type !== "paragraph") return true;
    const line = asSourceLine(node);
    if (!line) return true;
    for (const link of line.links) {
      if (!isHttpUrl(link.url)) {
        // remarkSafety already reports script-capable schemes at this position.
        if (!isUnsafeUrl(link.url)) report(link, `source URL "${link.url}" must start with http:// or https://`);
        continue;
      }
      const n = numberOf(link.url, toString(link).trim());
      if (!seen.has(n)) cited.push(n);
      seen.add(n);
    }
    return false;
  });
  return { rest, cited };
}

/** Step "Jekyll habits": a leading `# Title` repeating the front-matter title and trailing `---` are dropped. */
export function dropJekyllHabits(nodes: RootContent[], title: string): RootContent[] {
  const out = [...nodes];
  const firstIndex = out.findIndex((n) => n.type !== "mdxjsEsm");
  const first = out[firstIndex];
  if (first?.type === "heading" && first.depth === 1 && normalise(toString(first)) === normalise(title)) out.splice(firstIndex, 1);
  while (out.length > 0 && out[out.length - 1]?.type === "thematicBreak") out.pop();
  return out;
}

const isH2 = (n: RootContent): n is Heading => n.type === "heading" && n.depth === 2;
const isH3 = (n: RootContent | undefined): n is Heading => n?.type === "heading" && n.depth === 3;
const isJsx = (n: RootContent, names: string[]) => n.type === "mdxJsxFlowElement" && names.includes(n.name ?? "");
/** Where a section ends: the next `##`, or a digest section an MDX post writes itself. */
const isSectionStart = (n: RootContent) => isH2(n) || isJsx(n, ["MainNews", "Analysis", "Conclusion", "SourceList"]);

type SectionKind = "mainNews" | "analysis" | "conclusion" | "other";
export type Section = { kind: SectionKind; heading: Heading; title: string; body: RootContent[] };

/**
 * Step "sections": the lead (what stands before the first section) and the
 * `##` sections with their kind; nodes between sections that are not `##`
 * (an MDX post's own <Analysis>…) are passed through as `loose`.
 */
export function splitSections(nodes: RootContent[]): { lead: RootContent[]; parts: (Section | { kind: "loose"; node: RootContent })[] } {
  const leadEnd = nodes.findIndex((n) => isSectionStart(n) || isJsx(n, ["NewsItem"]));
  const lead = leadEnd === -1 ? nodes : nodes.slice(0, leadEnd);
  const parts: (Section | { kind: "loose"; node: RootContent })[] = [];
  // By index: slicing the rest at each section would copy it once per section.
  let i = leadEnd === -1 ? nodes.length : leadEnd;
  while (i < nodes.length) {
    const node = nodes[i]!;
    if (!isH2(node)) {
      parts.push({ kind: "loose", node });
      i++;
      continue;
    }
    let end = i + 1;
    while (end < nodes.length && !isSectionStart(nodes[end]!)) end++;
    const body = nodes.slice(i + 1, end);
    i = end;
    const title = normalise(toString(node));
    const kind: SectionKind = SECTIONS.mainNews.test(title) ? "mainNews" : SECTIONS.analysis.test(title) ? "analysis" : SECTIONS.conclusion.test(title) ? "conclusion" : "other";
    parts.push({ kind, heading: node, title, body });
  }
  return { lead, parts };
}

/** Splits a main-news body into what precedes the first `###` and one `{ heading, body }` per `###`. */
export function splitItems(body: RootContent[]): { before: RootContent[]; items: { heading: Heading; body: RootContent[] }[] } {
  const first = body.findIndex((n) => isH3(n));
  const before = first === -1 ? body : body.slice(0, first);
  const items: { heading: Heading; body: RootContent[] }[] = [];
  for (const node of first === -1 ? [] : body.slice(first)) {
    if (isH3(node)) items.push({ heading: node, body: [] });
    else items.at(-1)!.body.push(node);
  }
  return { before, items };
}

export function remarkDigest(options: DigestOptions) {
  const { file, issues } = options;
  const report: Report = (node, message, severity = "error") =>
    issues.push({ file, line: node?.position?.start.line ?? 1, column: node?.position?.start.column ?? 1, severity, message });

  return (tree: Root) => {
    const { sources, numberOf } = sourceNumbering(options.source);
    const items: DigestItem[] = [];
    const ids = new Set<string>();

    /** Step "items": one <NewsItem> with its anchor (item-N, or the editor's own), number, title and numbered sources. */
    const newsItem = (written: string, body: RootContent[], at: RootContent | undefined, given?: string): MdxJsxFlowElement => {
      const { rest, cited } = extractSources(body, numberOf, report);
      const n = items.length + 1;
      const { title, id: inTitle } = itemAnchor(written);
      let id = given ?? inTitle ?? `item-${n}`;
      // Another item's item-N, or `sources`, would take the links to that part of the page.
      if (!ITEM_ID.test(id) || (id !== `item-${n}` && isPageId(id)) || ids.has(id)) {
        report(at, `news item id "${id}" must be lowercase letters, digits and hyphens, used once per post, and not one the page uses (item-N, sources…); the item is linked as #item-${n}`);
        id = `item-${n}`;
      }
      if (cited.length === 0) report(at, `news item "${title}" has no source line; add **Source:** [title](https://…)`, "warning");
      items.push({ id, title, sources: cited });
      ids.add(id);
      return element("NewsItem", { id, n, title, sources: cited.map((c) => sources[c - 1]) }, rest);
    };
    // MDX posts may write <NewsItem> themselves; give them the same treatment.
    const explicit = (nodes: RootContent[]) => {
      for (const node of nodes) {
        if (node.type !== "mdxJsxFlowElement") continue;
        if (node.name === "NewsItem" && !node.attributes.some((a) => a.type === "mdxJsxAttribute" && a.name === "sources")) {
          const built = newsItem(stringAttribute(node, "title") ?? "", node.children as RootContent[], node, stringAttribute(node, "id"));
          node.attributes = [...node.attributes.filter((a) => !(a.type === "mdxJsxAttribute" && a.name === "id")), ...built.attributes.filter((a) => a.type === "mdxJsxAttribute" && a.name !== "title")];
          node.children = built.children;
        } else explicit(node.children as RootContent[]);
      }
    };

    const { lead, parts } = splitSections(dropJekyllHabits(tree.children, options.title));
    const out: RootContent[] = [];
    const explicitLead = lead.length > 0 && lead.every((n) => isJsx(n, ["Lead"]));
    if (lead.length > 0) out.push(...(explicitLead ? lead : [element("Lead", {}, lead)]));
    for (const part of parts) {
      if (part.kind === "loose") out.push(part.node);
      else if (part.kind === "mainNews") {
        const { before, items: h3s } = splitItems(part.body);
        explicit(before);
        out.push(element("MainNews", { title: part.title }, [...before, ...h3s.map((h) => newsItem(normalise(toString(h.heading)), h.body, h.heading))]));
      } else if (part.kind === "other") {
        explicit(part.body);
        out.push(part.heading, ...part.body);
      } else {
        explicit(part.body);
        out.push(element(part.kind === "analysis" ? "Analysis" : "Conclusion", { title: part.title }, part.body));
      }
    }
    explicit(out);
    const named = (name: string) => (n: RootContent) => n.type === "mdxJsxFlowElement" && n.name === name;
    // An MDX post may place <SourceList /> itself; the numbered sources are always the pipeline's.
    const placed = out.find(named("SourceList")) as MdxJsxFlowElement | undefined;
    // Each source links back to every item that cites it.
    const citedBy: Record<number, { id: string; n: number }[]> = Object.fromEntries(sources.map((s) => [s.n, []]));
    items.forEach((item, i) => item.sources.forEach((n) => citedBy[n]!.push({ id: item.id, n: i + 1 })));
    if (placed) placed.attributes = element("SourceList", { sources, citedBy }, []).attributes;
    else if (sources.length > 0) out.push(element("SourceList", { sources, citedBy }, []));
    tree.children = out;

    options.onSummary?.(summarize(lead, items, sources, out, tree));
  };
}

/** Step "summary": what lists, feeds and checks need to know of the post without compiling it. */
export function summarize(lead: RootContent[], items: DigestItem[], sources: DigestSource[], out: RootContent[], tree: Root): DigestSummary {
  const section = (name: string) => out.find((n) => n.type === "mdxJsxFlowElement" && n.name === name);
  const has = (name: string) => section(name) !== undefined;
  const textOf = (name: string) => {
    const node = section(name);
    return node ? toString(node).trim() : "";
  };
  return {
    lead: lead.map((n) => toString(n)).join("\n\n").trim(),
    items,
    sources,
    hasAnalysis: has("Analysis"),
    hasConclusion: has("Conclusion"),
    analysis: textOf("Analysis"),
    conclusion: textOf("Conclusion"),
    text: toString(tree),
  };
}
