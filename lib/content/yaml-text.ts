import { isScalar, visit, type Document, type LineCounter } from "yaml";

/**
 * Characters a front-matter value or a taxonomy name may not hold: C0
 * controls other than tab and line feed, DEL, C1 controls, and what XML
 * cannot carry at all (U+FFFE, U+FFFF, lone surrogates). YAML escapes such as
 * "\x01" write them without a raw byte in the file, so the parsed values are
 * checked, not the text.
 */
const UNPRINTABLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]|\p{Cs}/u;

export type YamlProblem = { line: number; col: number; message: string };

const codePoint = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

/** Every scalar (key or value) of the document that holds such a character, at the position of the scalar. */
export function unprintableScalars(doc: Document, lineCounter: LineCounter): YamlProblem[] {
  const found: YamlProblem[] = [];
  visit(doc, {
    Scalar(_, node) {
      if (!isScalar(node) || typeof node.value !== "string") return;
      const m = UNPRINTABLE.exec(node.value);
      if (!m) return;
      const { line, col } = lineCounter.linePos(node.range?.[0] ?? 0);
      found.push({ line, col, message: `control character ${codePoint(m[0])} in "${node.value}"; remove it (names and values are plain text)` });
    },
  });
  return found;
}
