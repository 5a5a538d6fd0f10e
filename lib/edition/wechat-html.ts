import juice from "juice";
import { isWechatArticleUrl } from "./urls";

/**
 * The 公众号 editor keeps inline styles and little else: it drops classes,
 * ids, <style> and <script>, and links may only point to other WeChat
 * articles. The article is rendered with classes and one stylesheet, then
 * juice writes every rule into the elements' style attributes, and a last
 * pass keeps only what the editor accepts, so that what the editor sees is
 * what the preview shows.
 */

/** Elements kept as they are. */
const KEEP = new Set(
  ("section p span strong b em i u s del ins mark small sub sup code br hr h1 h2 h3 h4 h5 h6 ul ol li blockquote " +
    "table thead tbody tfoot tr th td caption colgroup col img a figure figcaption abbr cite q kbd samp var dfn time dl dt dd").split(" "),
);
/** Containers the editor does not know, as the <section> it does. */
const AS_SECTION = new Set(["div", "pre", "details", "article", "aside", "header", "footer", "main", "nav"]);
const RENAME: Record<string, string> = { summary: "p" };
/** Taken out with everything inside. */
const DROP = new Set(["script", "style", "template", "iframe", "object", "embed", "noscript", "svg", "math", "head", "title", "meta", "link", "base", "form", "button", "input", "select", "textarea", "video", "audio", "canvas"]);
const VOID = new Set(["br", "hr", "img", "col", "meta", "link", "base", "input", "wbr"]);
/** Attributes kept, besides style. */
const ATTRIBUTES: Record<string, string[]> = { a: ["href"], img: ["src", "alt", "width", "height"], td: ["colspan", "rowspan"], th: ["colspan", "rowspan"], ol: ["start"], col: ["span"], colgroup: ["span"] };

const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

const decodeAttribute = (value: string) =>
  value.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
const encodeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function attributesOf(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) found.set(m[1]!.toLowerCase(), decodeAttribute(m[2] ?? m[3] ?? m[4] ?? ""));
  return found;
}

/**
 * Keeps only the elements and attributes the 公众号 editor accepts. The input
 * is serialised HTML (React's or juice's), where a `<` in text is always `&lt;`.
 */
export function sanitizeWechatHtml(html: string): string {
  let out = "";
  let last = 0;
  let dropping: { name: string; depth: number } | null = null;
  const links: boolean[] = [];
  for (const m of html.matchAll(TAG)) {
    if (!dropping) out += html.slice(last, m.index);
    last = m.index + m[0].length;
    const [whole, slash, rawName, rawAttributes = ""] = m;
    if (whole.startsWith("<!--") || !rawName) continue;
    const name = rawName.toLowerCase();
    const closing = slash === "/";
    if (dropping) {
      if (name === dropping.name && !VOID.has(name)) dropping.depth += closing ? -1 : 1;
      if (dropping.depth === 0) dropping = null;
      continue;
    }
    if (DROP.has(name)) {
      if (!closing && !VOID.has(name) && !whole.endsWith("/>")) dropping = { name, depth: 1 };
      continue;
    }
    const target = AS_SECTION.has(name) ? "section" : (RENAME[name] ?? name);
    if (!KEEP.has(target)) continue;
    if (name === "a") {
      if (closing) {
        if (links.pop()) out += "</a>";
        continue;
      }
      const kept = isWechatArticleUrl(attributesOf(rawAttributes).get("href") ?? "");
      links.push(kept);
      if (!kept) continue;
    }
    if (closing) {
      if (!VOID.has(target)) out += `</${target}>`;
      continue;
    }
    const allowed = ["style", ...(ATTRIBUTES[target] ?? [])];
    const kept = [...attributesOf(rawAttributes)].filter(([key, value]) => allowed.includes(key) && value !== "");
    out += `<${target}${kept.map(([key, value]) => ` ${key}="${encodeAttribute(value)}"`).join("")}>`;
  }
  if (!dropping) out += html.slice(last);
  return out;
}

/** Inlines the stylesheet into the article, then keeps what the editor accepts. */
export function inlineWechat(html: string, css: string): string {
  const inlined = juice.inlineContent(html, css, {
    applyWidthAttributes: false,
    applyHeightAttributes: false,
    applyAttributesTableElements: false,
    inlinePseudoElements: false,
    preserveImportant: false,
  });
  // Code keeps its indentation as &nbsp; (the editor collapses other spaces).
  return sanitizeWechatHtml(inlined).replace(/\u00a0/g, "&nbsp;");
}

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The article as a file an editor can open in a browser, select and copy. */
export function wechatDocument(article: string, { lang, title }: { lang: string; title: string }): string {
  return [
    "<!DOCTYPE html>",
    `<html lang="${encodeAttribute(lang)}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(title)}</title></head>`,
    '<body style="margin:0;padding:16px;background:#ffffff">',
    article,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
