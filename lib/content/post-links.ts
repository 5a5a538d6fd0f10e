// Every link of a post with its place in the file: the sources (for the
// check that a story was covered before) and the body's links (for
// links:check). Read from the Markdown tree, never by pattern over the text.
import type { Link, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { frontMatterLine } from "./front-matter";
import { asSourceLine, itemAnchor, splitItems, splitSections } from "./digest";
import type { Entry } from "./store";

export type PostLink = {
  url: string;
  line: number;
  column: number;
  /** Cited as a source (a source line, or the front-matter `source`). */
  source: boolean;
  /** The news item whose source line it is in. */
  item?: { id: string; n: number; title: string };
};

const at = (link: Link) => ({ line: link.position?.start.line ?? 1, column: link.position?.start.column ?? 1 });

/** The links of a post file; `raw` (its whole text) places the front-matter `source`. A body that does not parse has none: content:check reports it. */
export function postLinks(entry: Pick<Entry, "body" | "format" | "meta">, raw: string | null): PostLink[] {
  const links: PostLink[] = [];
  const source = entry.meta?.source;
  if (source) links.push({ url: source, line: frontMatterLine(raw, "source") ?? 1, column: 1, source: true });
  let tree: Root;
  try {
    const processor = unified().use(remarkParse);
    if (entry.format === "mdx") processor.use(remarkMdx);
    tree = processor.use(remarkGfm).parse(entry.body) as Root;
  } catch {
    return links;
  }
  const cited = new Set<Link>();
  let n = 0;
  for (const part of splitSections(tree.children).parts) {
    if (part.kind !== "mainNews") continue;
    for (const { heading, body } of splitItems(part.body).items) {
      n++;
      const { title, id } = itemAnchor(toString(heading).replace(/\s+/g, " ").trim());
      const item = { id: id ?? `item-${n}`, n, title };
      for (const node of body as RootContent[]) {
        if (node.type !== "paragraph") continue;
        for (const link of asSourceLine(node)?.links ?? []) {
          cited.add(link);
          links.push({ url: link.url, ...at(link), source: true, item });
        }
      }
    }
  }
  visit(tree, "link", (link: Link) => {
    if (!cited.has(link)) links.push({ url: link.url, ...at(link), source: false });
  });
  return links.sort((a, b) => a.line - b.line || a.column - b.column);
}
