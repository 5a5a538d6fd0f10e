import { readFile } from "node:fs/promises";
import path from "node:path";

/** Satori (next/og) reads .woff; both subsets share one family so it falls back per glyph. */
const FILES = ["NotoSansSC-Bold-latin.woff", "NotoSansSC-Bold-chinese-simplified.woff"];

let loaded: Promise<{ name: string; data: Buffer; weight: 700; style: "normal" }[]> | null = null;

export function ogFonts() {
  loaded ??= Promise.all(
    FILES.map(async (file) => ({
      name: "Noto Sans SC",
      data: await readFile(path.join(process.cwd(), "assets", "fonts", file)),
      weight: 700 as const,
      style: "normal" as const,
    })),
  );
  return loaded;
}

export const OG_SIZE = { width: 1200, height: 630 };
