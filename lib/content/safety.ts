import type { Root } from "mdast";
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import type { Expression, Literal, Program } from "estree";
import { SKIP, visit } from "unist-util-visit";
import type { ContentIssue } from "./issues";
import { classNameMessage, guardLinkRel, idProblem } from "./post-attributes";

/**
 * Posts are written by editors and contributors, not developers, and MDX is a
 * programming language: `{…}` runs on the build machine, where the secrets
 * are. So a post holds text, Markdown, the digest components and a short list
 * of HTML elements, with literal values only. Everything else is an error at
 * its line, and is taken out of the tree, so that even a caller that ignored
 * the errors would compile nothing that runs.
 */

/** Lower-case HTML a post may write in MDX: text structure, no media, forms or SVG. */
const HTML_ELEMENTS = new Set(
  ("a abbr b blockquote br caption cite code col colgroup dd del details dfn div dl dt em figcaption figure " +
    "h2 h3 h4 h5 h6 hr i ins kbd li mark ol p pre q s samp small span strong sub summary sup table tbody td tfoot th " +
    "thead time tr u ul var wbr").split(" "),
);
/** Attributes any allowed element may carry, and those only some may. */
const GLOBAL_ATTRIBUTES = new Set(["id", "title", "lang", "dir", "role", "translate"]);
const ELEMENT_ATTRIBUTES: Record<string, string[]> = {
  a: ["href", "hrefLang", "rel", "target"],
  blockquote: ["cite"],
  q: ["cite"],
  del: ["cite", "dateTime"],
  ins: ["cite", "dateTime"],
  time: ["dateTime"],
  ol: ["start", "reversed", "type"],
  li: ["value"],
  td: ["colSpan", "rowSpan", "headers", "align"],
  th: ["colSpan", "rowSpan", "headers", "scope", "abbr", "align"],
  col: ["span"],
  colgroup: ["span"],
  details: ["open"],
};
const URL_ATTRIBUTES = new Set(["href", "cite"]);
/** What an editor may set on a digest component; the rest (ids, sources) the pipeline computes. */
const COMPONENT_PROPS: Record<string, string[]> = {
  Lead: [],
  MainNews: ["title"],
  NewsItem: ["title", "id"],
  Analysis: ["title"],
  Conclusion: ["title"],
  SourceList: [],
};

const SAFE_SCHEMES = new Set(["http:", "https:", "mailto:", "tel:"]);

/**
 * Whether a browser would treat the URL as something other than a web page,
 * mail or phone link. Parsed as the browser parses it, so `java\tscript:`,
 * `JaVaScRiPt:` or a leading space cannot slip through; relative URLs are safe.
 */
export function isUnsafeUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url, "https://relative.invalid/");
  } catch {
    return false; // not a URL a browser would follow at all
  }
  return !SAFE_SCHEMES.has(parsed.protocol);
}

const unsafeUrlMessage = (url: string) => `URL "${url}" is not allowed; use an http:// or https:// address`;

/** A value that reads the same without running anything: quoted text, a number, true/false/null, or lists and objects of those. */
function isLiteral(node: Expression | null | undefined, nested: boolean): boolean {
  if (!node) return false;
  switch (node.type) {
    case "Literal":
      return !("regex" in node && node.regex) && !("bigint" in node && node.bigint);
    case "UnaryExpression":
      return (node.operator === "-" || node.operator === "+") && node.argument.type === "Literal" && typeof node.argument.value === "number";
    case "ArrayExpression":
      return nested && node.elements.every((e) => e !== null && e.type !== "SpreadElement" && isLiteral(e, true));
    case "ObjectExpression":
      return (
        nested &&
        node.properties.every(
          (p) =>
            p.type === "Property" &&
            p.kind === "init" &&
            !p.computed &&
            !p.method &&
            !p.shorthand &&
            (p.key.type === "Identifier" || p.key.type === "Literal") &&
            isLiteral(p.value as Expression, true),
        )
      );
    default:
      return false;
  }
}

/** The single expression of `{…}`, or null for an empty or comment-only one. */
function expressionOf(estree: Program | null | undefined): Expression | null | "invalid" {
  if (!estree || estree.body.length === 0) return null;
  const [statement] = estree.body;
  if (estree.body.length !== 1 || statement?.type !== "ExpressionStatement") return "invalid";
  return statement.expression;
}

type Options = { file: string; issues: ContentIssue[]; components: readonly string[] };
type Positioned = { position?: { start: { line: number; column: number } } };
type Attribute = MdxJsxAttribute | MdxJsxExpressionAttribute;
type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export function remarkSafety({ file, issues, components }: Options) {
  return (tree: Root) => {
    const report = (node: Positioned, message: string, severity: ContentIssue["severity"] = "error") =>
      issues.push({ file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, severity, message });

    /** Keeps an attribute if it is safe, reporting why not otherwise. */
    const checkAttribute = (element: string, at: JsxElement, attr: Attribute): boolean => {
      const where = (attr as Positioned).position ? (attr as Positioned) : at;
      if (attr.type === "mdxJsxExpressionAttribute") {
        report(where, `spread attributes {…} are not allowed in posts: they run code when the site is built; write each attribute as name="value"`);
        return false;
      }
      const { name, value } = attr;
      const isComponent = /^[A-Z]/.test(element);
      if (/^on/i.test(name)) {
        report(where, `event handler attribute "${name}" is not allowed in posts: it runs script in readers' browsers`);
        return false;
      }
      if (name === "style") {
        report(where, `style attributes are not allowed in posts; the site's styles apply to every post`);
        return false;
      }
      if (name === "className" && !isComponent) {
        report(where, classNameMessage);
        return false;
      }
      const allowed = isComponent
        ? (COMPONENT_PROPS[element] ?? [])
        : [...GLOBAL_ATTRIBUTES, ...(ELEMENT_ATTRIBUTES[element] ?? [])];
      if (!allowed.includes(name) && !(!isComponent && /^aria-[a-z]+$/.test(name))) {
        const hint = isComponent
          ? allowed.length > 0 ? `; it takes ${allowed.map((a) => `${a}="…"`).join(", ")}` : "; it takes no attributes"
          : `; allowed: ${[...(ELEMENT_ATTRIBUTES[element] ?? []), ...GLOBAL_ATTRIBUTES, "aria-*"].join(", ")}`;
        report(where, `attribute "${name}" is not allowed on <${element}> in posts${hint}`);
        return false;
      }
      if (value && typeof value === "object") {
        const expression = expressionOf(value.data?.estree as Program | undefined);
        // An attribute holds one value: a list or an object would be turned into text by React, past the checks below.
        if (expression === "invalid" || expression === null || !isLiteral(expression, false)) {
          report(where, `${name}={…} is not allowed in posts: expressions run code when the site is built; write ${name}="text" with the value itself`);
          return false;
        }
        // `href={"…"}` is `href="…"`: written back as text, it gets the same checks, here and in every later step.
        const literal = expression.type === "UnaryExpression" ? (expression.operator === "-" ? -1 : 1) * Number((expression.argument as Literal).value) : (expression as Literal).value;
        if (typeof literal === "string" || typeof literal === "number") attr.value = String(literal);
      }
      const text = attr.value;
      if (typeof text === "string" && URL_ATTRIBUTES.has(name) && isUnsafeUrl(text)) {
        report(where, unsafeUrlMessage(text));
        return false;
      }
      if (name === "id" && typeof text === "string") {
        if (isComponent) itemIds.add(text);
        else elementIds.push({ id: text, at: where, element: at, attr });
      }
      return true;
    };
    const itemIds = new Set<string>();
    const elementIds: { id: string; at: Positioned; element: JsxElement; attr: Attribute }[] = [];

    visit(tree, (node, index, parent) => {
      const remove = () => {
        parent!.children.splice(index!, 1);
        return [SKIP, index!] as [typeof SKIP, number];
      };
      switch (node.type) {
        case "html":
          report(node, "raw HTML is not rendered in .md posts; write Markdown instead (or use an .mdx post)", "warning");
          break;
        case "link":
        case "image":
        case "definition":
          if (isUnsafeUrl(node.url)) report(node, unsafeUrlMessage(node.url));
          break;
        case "mdxjsEsm":
          report(node, "import and export are not allowed in posts; use the digest components (NewsItem, Analysis, Conclusion…) directly");
          return parent ? remove() : undefined;
        case "mdxFlowExpression":
        case "mdxTextExpression": {
          const expression = expressionOf(node.data?.estree as Program | undefined);
          // `{/* a comment */}` is an empty expression: nothing to run.
          if (expression === null) return parent ? remove() : undefined;
          if (expression !== "invalid" && expression.type === "Literal" && ["string", "number"].includes(typeof expression.value)) break;
          report(node, "{…} expressions are not allowed in posts: they run code when the site is built; write the text itself (and \\{ for a literal brace)");
          return parent ? remove() : undefined;
        }
        case "mdxJsxFlowElement":
        case "mdxJsxTextElement": {
          const name = node.name;
          if (name === null) break; // a fragment <>…</>
          const isComponent = /^[A-Z]/.test(name);
          if (isComponent ? !components.includes(name) : !HTML_ELEMENTS.has(name)) {
            const message = isComponent
              ? `unknown component <${name}>; available: ${components.join(", ")}`
              : name === "img"
                ? `<img> is not allowed in posts; write ![alt text](./file.png) with the image in the post's folder`
                : `<${name}> is not allowed in posts; write Markdown, or use ${components.join(", ")}`;
            report(node, message);
            return parent ? remove() : undefined;
          }
          node.attributes = node.attributes.filter((attr) => checkAttribute(name, node, attr));
          if (name === "a") guardLinkRel(node);
          break;
        }
      }
    });

    // After the walk: a news item's id may come after an element that takes it.
    const taken = new Set(itemIds);
    for (const { id, at, element, attr } of elementIds) {
      const problem = idProblem(id, taken);
      taken.add(id);
      if (!problem) continue;
      report(at, problem);
      element.attributes = element.attributes.filter((a) => a !== attr);
    }
  };
}
