import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { compile, run } from "@mdx-js/mdx";
import type { MDXContent } from "mdx/types";
import * as runtime from "react/jsx-runtime";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { Root } from "mdast";
import { VFile } from "vfile";
import { env } from "@/lib/env";
import { remarkDigest, type DigestSummary } from "./digest";
import { remarkImages, type ImageAsset, type ImageRef } from "./images";
import { remarkSafety } from "./safety";
import type { ContentIssue } from "./issues";

/** The components a post may use; components/mdx registers one for each. */
export const DIGEST_COMPONENTS = ["Lead", "MainNews", "NewsItem", "Analysis", "Conclusion", "SourceList"] as const;

export type Format = "md" | "mdx";
export type CompileInput = {
  file: string;
  /** The body, with front-matter lines blanked so positions match the file. */
  body: string;
  format: Format;
  title: string;
  source?: string;
  /** The post's own images, resolved by the store: `./chart.png` → its published URL and size. */
  images?: Record<string, ImageAsset>;
};

function syntaxIssue(file: string, error: unknown): ContentIssue {
  const e = error as { line?: number; column?: number; reason?: string; message?: string; place?: { line?: number; column?: number; start?: { line: number; column: number } } };
  let reason = (e.reason ?? e.message ?? String(error)).split("\n")[0] ?? "";
  // Errors at the end of a document carry their position only in the text: "… (5:1-5:21)".
  const inText = /\s*\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
  if (inText) reason = reason.replace(inText[0], "");
  const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? (inText ? Number(inText[1]) : 1);
  const column = e.column ?? e.place?.column ?? e.place?.start?.column ?? (inText ? Number(inText[2]) : 1);
  return { file, line, column, severity: "error", message: `MDX syntax: ${reason}` };
}

/** Parses and restructures the body without compiling it: enough for lists. */
export function analyze(input: CompileInput): { summary: DigestSummary | null; issues: ContentIssue[]; images: ImageRef[] } {
  const issues: ContentIssue[] = [];
  let summary: DigestSummary | null = null;
  let images: ImageRef[] = [];
  try {
    const processor = unified().use(remarkParse);
    if (input.format === "mdx") processor.use(remarkMdx);
    processor
      .use(remarkGfm)
      .use(remarkSafety, { file: input.file, issues, components: DIGEST_COMPONENTS })
      .use(remarkImages, { file: input.file, issues, onRefs: (refs) => (images = refs) })
      .use(remarkDigest, { ...input, issues, onSummary: (s) => (summary = s) });
    const tree = processor.parse(new VFile({ path: input.file, value: input.body })) as Root;
    processor.runSync(tree);
  } catch (error) {
    issues.push(syntaxIssue(input.file, error));
  }
  return { summary, issues, images };
}

type Compiled = { code: string; issues: ContentIssue[] };

/**
 * In a production build, where each compiled body is kept for the next build:
 * `npm run build` points DIGEST_BUILD_CACHE at its cache folder (kept between
 * builds, named after the code that compiles posts). A kept body is used only
 * for exactly the same input; files are named by its SHA-256.
 */
function keptCompile(input: CompileInput): { file: string; kept: Compiled | null } | null {
  const dir = env.buildCache();
  if (!dir || !env.isProduction()) return null;
  const key = createHash("sha256")
    .update(JSON.stringify([input.file, input.format, input.title, input.source ?? null, input.images ?? {}, input.body]))
    .digest("hex");
  const file = path.join(dir, "mdx", `${key}.json`);
  try {
    const kept = JSON.parse(readFileSync(file, "utf8")) as Compiled;
    // Marks it as used by this build: npm run build removes the ones no build used since.
    const now = new Date();
    utimesSync(file, now, now);
    return { file, kept };
  } catch {
    return { file, kept: null };
  }
}

function keep(file: string, compiled: Compiled) {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    // Several build workers may compile the same post: each writes whole files only.
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(tmp, JSON.stringify(compiled));
    renameSync(tmp, file);
  } catch {
    // The cache is an optimisation: the next build compiles again.
  }
}

/** Compiles a post to a React component, on the server only. */
export async function compilePost(input: CompileInput): Promise<{ Content: MDXContent | null; issues: ContentIssue[] }> {
  const cached = keptCompile(input);
  if (cached?.kept) {
    const { default: Content } = await run(cached.kept.code, { ...runtime, baseUrl: import.meta.url });
    return { Content, issues: cached.kept.issues };
  }
  const issues: ContentIssue[] = [];
  try {
    const code = String(
      await compile(new VFile({ path: input.file, value: input.body }), {
        format: input.format,
        outputFormat: "function-body",
        remarkPlugins: [
          remarkGfm,
          [remarkSafety, { file: input.file, issues, components: DIGEST_COMPONENTS }],
          [remarkImages, { file: input.file, issues, assets: input.images ?? {} }],
          [remarkDigest, { ...input, issues }],
        ],
      }),
    );
    if (issues.some((i) => i.severity === "error")) return { Content: null, issues };
    const { default: Content } = await run(code, { ...runtime, baseUrl: import.meta.url });
    if (cached) keep(cached.file, { code, issues });
    return { Content, issues };
  } catch (error) {
    issues.push(syntaxIssue(input.file, error));
    return { Content: null, issues };
  }
}
