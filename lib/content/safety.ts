import type { Root } from "mdast";
import type { MdxJsxAttribute } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import type { ContentIssue } from "./issues";

const FORBIDDEN_ELEMENTS = new Set(["script", "style", "iframe", "object", "embed", "base", "form", "meta", "link"]);
/** Schemes a reader's browser could execute or that smuggle content. */
export const UNSAFE_URL = /^\s*(?:javascript|vbscript|data|file):/i;

type Options = { file: string; issues: ContentIssue[]; components: readonly string[] };

/**
 * Posts are written by editors, not developers: nothing in a post may run
 * script in a reader's browser, and MDX may not import code.
 */
export function remarkSafety({ file, issues, components }: Options) {
  return (tree: Root) => {
    const report = (node: { position?: { start: { line: number; column: number } } }, message: string, severity: ContentIssue["severity"] = "error") =>
      issues.push({ file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, severity, message });

    visit(tree, (node) => {
      switch (node.type) {
        case "html":
          report(node, "raw HTML is not rendered in .md posts; write Markdown instead (or use an .mdx post)", "warning");
          break;
        case "link":
        case "image":
        case "definition":
          if (UNSAFE_URL.test(node.url)) report(node, `URL "${node.url}" is not allowed; use an http:// or https:// address`);
          break;
        case "mdxjsEsm":
          report(node, "import and export are not allowed in posts; use the digest components (NewsItem, Analysis, Conclusion…) directly");
          break;
        case "mdxJsxFlowElement":
        case "mdxJsxTextElement": {
          if (node.name && FORBIDDEN_ELEMENTS.has(node.name.toLowerCase())) report(node, `<${node.name}> is not allowed in posts`);
          else if (node.name && /^[A-Z]/.test(node.name) && !components.includes(node.name))
            report(node, `unknown component <${node.name}>; available: ${components.join(", ")}`);
          for (const attr of node.attributes) {
            if (attr.type !== "mdxJsxAttribute") continue;
            const a = attr as MdxJsxAttribute;
            if (/^on/i.test(a.name)) report(node, `event handler attribute "${a.name}" is not allowed in posts`);
            if (typeof a.value === "string" && /^(?:href|src|action|formaction|xlink:href)$/i.test(a.name) && UNSAFE_URL.test(a.value))
              report(node, `URL "${a.value}" is not allowed; use an http:// or https:// address`);
            if (a.name === "dangerouslySetInnerHTML") report(node, "dangerouslySetInnerHTML is not allowed in posts");
          }
          break;
        }
      }
    });
  };
}
