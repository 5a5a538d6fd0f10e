import { createProcessor, run } from "@mdx-js/mdx";
import type { MDXContent } from "mdx/types";
import * as runtime from "react/jsx-runtime";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { Root } from "mdast";
import { VFile } from "vfile";
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
  // Starts at its `(`: a leading `\s*` would be retried from every space of a reason quoting the post.
  const inText = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
  if (inText) reason = reason.slice(0, inText.index).trimEnd() + reason.slice(inText.index + inText[0].length);
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

/**
 * Analyses a post and compiles its body in one pass, from one parse: what a
 * production build's content snapshot keeps for each post, so that the build
 * workers only run the code (`runCompiled`). The images the post refers to are
 * resolved (`resolveAssets`) as soon as they are found, before the body that
 * shows them is compiled. The code is null when the post has errors.
 */
export function analyzeAndCompile(
  input: Omit<CompileInput, "images">,
  resolveAssets: (refs: ImageRef[]) => Record<string, ImageAsset>,
): { summary: DigestSummary | null; issues: ContentIssue[]; images: ImageRef[]; code: string | null } {
  const issues: ContentIssue[] = [];
  let summary: DigestSummary | null = null;
  let images: ImageRef[] = [];
  let code: string | null = null;
  try {
    const processor = createProcessor({
      format: input.format,
      outputFormat: "function-body",
      remarkPlugins: [
        remarkGfm,
        [remarkSafety, { file: input.file, issues, components: DIGEST_COMPONENTS }],
        [remarkImages, { file: input.file, issues, assets: resolveAssets, onRefs: (refs: ImageRef[]) => (images = refs) }],
        [remarkDigest, { ...input, issues, onSummary: (s: DigestSummary) => (summary = s) }],
      ],
    });
    const file = new VFile({ path: input.file, value: input.body });
    // @mdx-js/mdx types the processor's trees as the output's (estree) throughout; parse gives the mdast root.
    const tree = processor.parse(file) as unknown as Parameters<typeof processor.runSync>[0];
    const compiled = String(processor.stringify(processor.runSync(tree, file), file));
    if (!issues.some((i) => i.severity === "error")) code = compiled;
  } catch (error) {
    issues.push(syntaxIssue(input.file, error));
  }
  return { summary, issues, images, code };
}

/** The component of a body compiled by `analyzeAndCompile`. */
export async function runCompiled(code: string): Promise<MDXContent> {
  return (await run(code, { ...runtime, baseUrl: import.meta.url })).default;
}

/** Compiles a post to a React component, on the server only (the same compiler as the build's snapshot). */
export async function compilePost(input: CompileInput): Promise<{ Content: MDXContent | null; issues: ContentIssue[] }> {
  const { issues, code } = analyzeAndCompile(input, () => input.images ?? {});
  if (code === null) return { Content: null, issues };
  try {
    return { Content: await runCompiled(code), issues };
  } catch (error) {
    return { Content: null, issues: [...issues, syntaxIssue(input.file, error)] };
  }
}
