import type { Heading, Link, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import { valueToEstree } from "estree-util-value-to-estree";
import type { Program } from "estree";
import { isHttpUrl } from "./front-matter";
import { isUnsafeUrl } from "./safety";
import type { ContentIssue } from "./issues";

export type DigestSource = { n: number; url: string; title: string; domain: string };
export type DigestItem = { id: string; title: string; sources: number[] };
export type DigestSummary = {
  /** Plain text of the lead (the paragraphs before the first `##`). */
  lead: string;
  items: DigestItem[];
  sources: DigestSource[];
  hasAnalysis: boolean;
  hasConclusion: boolean;
  /** Plain text of the whole body, for reading time. */
  text: string;
};

export type DigestOptions = {
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
const SOURCE_LABEL = /^\s*(?:sources?|来源|出处)\s*[:：]\s*$/i;
/** What may stand between two links of one source line. */
const SEPARATOR = /^[\s,，、;；|/&()（）·•]*(?:and|和|及|与)?[\s,，、;；|/&()（）·•]*$/i;

const normalise = (s: string) => s.replace(/\s+/g, " ").replace(/[:：]\s*$/, "").trim();

export function domainOf(url: string): string {
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
function asSourceLine(p: Paragraph): SourceLine | null {
  const kids = p.children;
  const first = kids.findIndex((c) => c.type === "link");
  if (first <= 0) return null;
  if (!SOURCE_LABEL.test(kids.slice(0, first).map((c) => toString(c)).join(""))) return null;
  const links: Link[] = [];
  for (const kid of kids.slice(first)) {
    if (kid.type === "link") links.push(kid);
    else if (kid.type === "break") continue;
    else {
      // Several source lines in one paragraph: `…](u1)\n**Source:** [b](u2)`.
      const words = toString(kid as PhrasingContent);
      if (!SEPARATOR.test(words) && !SOURCE_LABEL.test(words) && !/^\s*(?:sources?|来源|出处)\s*[:：]?\s*$/i.test(words))
        return null;
    }
  }
  return { links };
}

export function remarkDigest(options: DigestOptions) {
  const { file, issues } = options;
  const report = (node: { position?: { start: { line: number; column: number } } } | undefined, message: string, severity: ContentIssue["severity"] = "error") =>
    issues.push({ file, line: node?.position?.start.line ?? 1, column: node?.position?.start.column ?? 1, severity, message });

  return (tree: Root) => {
    const sources: DigestSource[] = [];
    const numberOf = (url: string, title: string): number => {
      const href = new URL(url).href;
      const known = sources.find((s) => s.url === href);
      if (known) {
        if (known.title === known.domain && title) known.title = title;
        return known.n;
      }
      const n = sources.length + 1;
      sources.push({ n, url: href, title: title || domainOf(href), domain: domainOf(href) });
      return n;
    };
    if (options.source) numberOf(options.source, "");

    const items: DigestItem[] = [];
    /** Takes the source lines out of an item's body and numbers its links. */
    const extractSources = (body: RootContent[]): { rest: RootContent[]; cited: number[] } => {
      const cited: number[] = [];
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
          if (!cited.includes(n)) cited.push(n);
        }
        return false;
      });
      return { rest, cited };
    };
    const newsItem = (title: string, body: RootContent[], at: RootContent | undefined): MdxJsxFlowElement => {
      const { rest, cited } = extractSources(body);
      const id = `news-${items.length + 1}`;
      if (cited.length === 0) report(at, `news item "${title}" has no source line; add **Source:** [title](https://…)`, "warning");
      items.push({ id, title, sources: cited });
      return element("NewsItem", { id, title, sources: cited.map((n) => sources[n - 1]) }, rest);
    };

    // MDX posts may write <NewsItem> themselves; give them the same treatment.
    const explicit = (nodes: RootContent[]) => {
      for (const node of nodes) {
        if (node.type !== "mdxJsxFlowElement") continue;
        if (node.name === "NewsItem" && !node.attributes.some((a) => a.type === "mdxJsxAttribute" && a.name === "sources")) {
          const built = newsItem(stringAttribute(node, "title") ?? "", node.children as RootContent[], node);
          node.attributes = [...node.attributes.filter((a) => !(a.type === "mdxJsxAttribute" && a.name === "id")), ...built.attributes.filter((a) => a.type === "mdxJsxAttribute" && a.name !== "title")];
          node.children = built.children;
        } else explicit(node.children as RootContent[]);
      }
    };

    let nodes = [...tree.children];
    // A leading `# Title` repeating the front-matter title is dropped.
    const firstIndex = nodes.findIndex((n) => n.type !== "mdxjsEsm");
    const first = nodes[firstIndex];
    if (first?.type === "heading" && first.depth === 1 && normalise(toString(first)) === normalise(options.title)) {
      nodes.splice(firstIndex, 1);
    }
    // Jekyll habit: a trailing `---`.
    while (nodes.length > 0 && nodes[nodes.length - 1]?.type === "thematicBreak") nodes.pop();

    const isH2 = (n: RootContent): n is Heading => n.type === "heading" && n.depth === 2;
    const isJsx = (n: RootContent, names: string[]) => n.type === "mdxJsxFlowElement" && names.includes(n.name ?? "");
    /** Where a section ends: the next `##`, or a digest section an MDX post writes itself. */
    const isSectionStart = (n: RootContent) => isH2(n) || isJsx(n, ["MainNews", "Analysis", "Conclusion", "SourceList"]);
    const out: RootContent[] = [];
    const leadEnd = nodes.findIndex((n) => isSectionStart(n) || isJsx(n, ["NewsItem"]));
    const lead = leadEnd === -1 ? nodes : nodes.slice(0, leadEnd);
    nodes = leadEnd === -1 ? [] : nodes.slice(leadEnd);
    const explicitLead = lead.length > 0 && lead.every((n) => isJsx(n, ["Lead"]));
    if (lead.length > 0) out.push(...(explicitLead ? lead : [element("Lead", {}, lead)]));
    let hasAnalysis = false;
    let hasConclusion = false;

    while (nodes.length > 0) {
      if (!isH2(nodes[0]!)) {
        out.push(nodes.shift()!);
        continue;
      }
      const heading = nodes.shift() as Heading;
      const next = nodes.findIndex(isSectionStart);
      const body = next === -1 ? nodes : nodes.slice(0, next);
      nodes = next === -1 ? [] : nodes.slice(next);
      const title = normalise(toString(heading));
      if (SECTIONS.mainNews.test(title)) {
        const children: RootContent[] = [];
        let i = 0;
        while (i < body.length && !(body[i]?.type === "heading" && (body[i] as Heading).depth === 3)) children.push(body[i++]!);
        explicit(children);
        while (i < body.length) {
          const h3 = body[i++] as Heading;
          const itemBody: RootContent[] = [];
          while (i < body.length && !(body[i]?.type === "heading" && (body[i] as Heading).depth === 3)) itemBody.push(body[i++]!);
          children.push(newsItem(normalise(toString(h3)), itemBody, h3));
        }
        out.push(element("MainNews", { title }, children));
      } else if (SECTIONS.analysis.test(title)) {
        hasAnalysis = true;
        explicit(body);
        out.push(element("Analysis", { title }, body));
      } else if (SECTIONS.conclusion.test(title)) {
        hasConclusion = true;
        explicit(body);
        out.push(element("Conclusion", { title }, body));
      } else {
        explicit(body);
        out.push(heading, ...body);
      }
    }
    explicit(out);
    const named = (name: string) => (n: RootContent) => n.type === "mdxJsxFlowElement" && n.name === name;
    hasAnalysis ||= out.some(named("Analysis"));
    hasConclusion ||= out.some(named("Conclusion"));
    // An MDX post may place <SourceList /> itself; the numbered sources are always the pipeline's.
    const placed = out.find(named("SourceList")) as MdxJsxFlowElement | undefined;
    if (placed) placed.attributes = element("SourceList", { sources }, []).attributes;
    else if (sources.length > 0) out.push(element("SourceList", { sources }, []));
    tree.children = out;

    options.onSummary?.({
      lead: lead.map((n) => toString(n)).join("\n\n").trim(),
      items,
      sources,
      hasAnalysis,
      hasConclusion,
      text: toString(tree),
    });
  };
}
