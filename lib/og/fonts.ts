import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * Satori (next/og) reads .woff. Each subset is its own family (fonts that share
 * a name replace each other); satori falls back from one to the next per glyph.
 */
const FILES = [
  ["Noto Sans SC Latin", "NotoSansSC-Bold-latin.woff"],
  ["Noto Sans SC", "NotoSansSC-Bold-chinese-simplified.woff"],
  // Fontsource slices 116–119: CJK and full-width punctuation (：（）《》、。) missing from the subset above.
  ["Noto Sans SC P1", "NotoSansSC-Bold-116.woff"],
  ["Noto Sans SC P2", "NotoSansSC-Bold-117.woff"],
  ["Noto Sans SC P3", "NotoSansSC-Bold-118.woff"],
  ["Noto Sans SC P4", "NotoSansSC-Bold-119.woff"],
] as const;

let loaded: Promise<{ name: string; data: Buffer; weight: 700; style: "normal" }[]> | null = null;

export function ogFonts() {
  loaded ??= Promise.all(
    FILES.map(async ([name, file]) => ({
      name,
      data: await readFile(path.join(process.cwd(), "assets", "fonts", file)),
      weight: 700 as const,
      style: "normal" as const,
    })),
  );
  return loaded;
}

export const OG_SIZE = { width: 1200, height: 630 };
