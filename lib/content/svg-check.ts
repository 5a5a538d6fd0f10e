import { SaxesParser } from "saxes";

/**
 * An SVG is a document that can hold script, links, HTML and other files; a
 * post's SVG must be a drawing. It is parsed as XML, namespaces and entities
 * resolved as a browser would (so `<h:script>` is a script and `&#106;avascript:`
 * is `javascript:`), and every element and attribute must be on the lists
 * below. /media serves it with a sandboxing CSP besides (lib/security-headers.ts).
 */
const SVG = "http://www.w3.org/2000/svg";
const XLINK = "http://www.w3.org/1999/xlink";
const XML = "http://www.w3.org/XML/1998/namespace";
const XMLNS = "http://www.w3.org/2000/xmlns/";

const ELEMENTS = new Set(
  ("svg g defs symbol use title desc style rect circle ellipse line polyline polygon path text tspan textPath " +
    "linearGradient radialGradient stop pattern clipPath mask marker image filter feBlend feColorMatrix " +
    "feComponentTransfer feFuncA feFuncB feFuncG feFuncR feComposite feDropShadow feFlood feGaussianBlur feMerge " +
    "feMergeNode feMorphology feOffset").split(" "),
);
const ATTRIBUTES = new Set(
  ("id class style lang role focusable transform x y x1 y1 x2 y2 cx cy r rx ry fx fy fr width height d points pathLength " +
    "viewBox preserveAspectRatio version baseProfile fill fill-opacity fill-rule stroke stroke-width stroke-linecap " +
    "stroke-linejoin stroke-miterlimit stroke-dasharray stroke-dashoffset stroke-opacity opacity color display visibility " +
    "overflow clip-path clip-rule clipPathUnits mask maskUnits maskContentUnits marker-start marker-mid marker-end " +
    "markerWidth markerHeight markerUnits refX refY orient vector-effect paint-order shape-rendering text-rendering " +
    "image-rendering color-interpolation color-interpolation-filters mix-blend-mode isolation transform-origin " +
    "enable-background font-family font-size font-weight font-style font-variant font-stretch text-anchor " +
    "dominant-baseline alignment-baseline baseline-shift letter-spacing word-spacing text-decoration writing-mode " +
    "direction unicode-bidi dx dy rotate textLength lengthAdjust startOffset method spacing side gradientUnits " +
    "gradientTransform spreadMethod offset stop-color stop-opacity patternUnits patternContentUnits patternTransform " +
    "filter filterUnits primitiveUnits in in2 result stdDeviation mode type values operator k1 k2 k3 k4 flood-color " +
    "flood-opacity radius tableValues slope intercept amplitude exponent edgeMode href").split(" "),
);
/** Inert annotations exporters add (`data-name`, `aria-label`). */
const ANNOTATION = /^(?:data|aria)-[a-z0-9-]+$/;
/** Pictures an `<image>` may embed; anything else (another SVG, a web address) could bring what this check refused. */
const EMBEDDED_PICTURE = /^data:image\/(?:png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i;
/**
 * CSS, in `style` and in attributes: only references inside the file,
 * `url(#id)`. No escapes (`u\72l(` is `url(`), no @import, no other way of
 * naming a file.
 */
const UNSAFE_CSS = /\\|@import|url\s*\(\s*(?!['"]?\s*#)|image-set\s*\(|image\s*\(|cross-fade\s*\(|expression\s*\(|-moz-binding|behavior\s*:/i;

/** What in the SVG is not a plain drawing, at its line of the SVG; null for a safe one. */
export function svgProblem(text: string): string | null {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let problem: string | null = null;
  let depth = 0;
  let inStyle = false;
  const refuse = (what: string, at = ` (line ${parser.line} of the SVG)`) => {
    problem ??= `${what}${at}`;
  };
  parser.on("doctype", (doctype) => {
    // Only an internal subset can declare entities; a bare <!DOCTYPE svg PUBLIC …> from older exporters declares nothing.
    if (doctype.includes("[")) refuse("declares entities in its <!DOCTYPE>");
  });
  parser.on("processinginstruction", ({ target }) => refuse(`holds the processing instruction <?${target}?>`));
  parser.on("opentag", (tag) => {
    if (depth++ === 0 && !(tag.uri === SVG && tag.local === "svg")) return refuse(`is not an SVG: its root is not <svg xmlns="${SVG}">`);
    if (tag.uri !== SVG || !ELEMENTS.has(tag.local)) return refuse(`holds <${tag.name}>, which is not part of a drawing`);
    inStyle = tag.local === "style";
    for (const attr of Object.values(tag.attributes)) {
      if (attr.uri === XMLNS || (attr.uri === XML && (attr.local === "space" || attr.local === "lang"))) continue;
      const isHref = (attr.uri === "" || attr.uri === XLINK) && attr.local === "href";
      if (!isHref && (attr.uri !== "" || !(ATTRIBUTES.has(attr.local) || ANNOTATION.test(attr.local)))) {
        return refuse(`has the attribute ${attr.name} on <${tag.name}>, which is not part of a drawing`);
      }
      if (isHref && !(attr.value.startsWith("#") || (tag.local === "image" && EMBEDDED_PICTURE.test(attr.value)))) {
        return refuse(`links to "${attr.value.slice(0, 60)}" from <${tag.name}>; an SVG may refer only to its own parts (#id)`);
      }
      if (!ANNOTATION.test(attr.local) && UNSAFE_CSS.test(attr.value)) return refuse(`loads or escapes something in ${attr.name}="${attr.value.slice(0, 60)}"`);
    }
  });
  parser.on("closetag", () => void (inStyle = false));
  const checkCss = (css: string) => {
    if (inStyle && UNSAFE_CSS.test(css)) refuse("loads or escapes something in its <style>");
  };
  parser.on("text", checkCss);
  parser.on("cdata", checkCss);
  try {
    parser.write(text).close();
  } catch (error) {
    // Not XML: a browser would not draw it either (and an undeclared prefix or entity ends up here).
    refuse(`is not well-formed XML: ${String((error as Error).message).split("\n")[0]}`, ""); // saxes gives line:column
  }
  return problem;
}
