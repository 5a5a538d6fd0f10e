// npm run content:check — validates every post like a compiler: one line per
// issue (file:line:column), a summary, exit 1 on any error. CI runs it too.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { createElement, Fragment, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { checkContent, checkedFiles, summarize } from "@/lib/content/check";
import { compilePost, DIGEST_COMPONENTS } from "@/lib/content/compile";
import { escapeControls, formatIssue, type ContentIssue } from "@/lib/content/issues";
import { contentRoot, loadAll, type Entry } from "@/lib/content/store";
import { redirectProblems } from "@/lib/site-paths";

const cwd = process.cwd();
const relative = (abs: string) => path.relative(cwd, abs).split(path.sep).join("/");
const readSource = (file: string) => {
  try {
    return readFileSync(path.resolve(cwd, file), "utf8");
  } catch {
    return null;
  }
};

/** The digest components as plain wrappers: enough to render a post's structure. */
const stubs = Object.fromEntries(
  DIGEST_COMPONENTS.map((name) => [name, ({ children }: { children?: ReactNode }) => createElement(Fragment, null, children)]),
);

/**
 * Compiles and renders each post: catches what parsing alone cannot. A post
 * with any error (an expression among them) is never run: compilePost returns
 * no component for it.
 */
async function compileIssues(entries: Entry[]): Promise<ContentIssue[]> {
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    // A syntax error would only repeat itself. The body of a post whose front
    // matter is broken is still checked, so one run lists every error.
    if (entry.body.trim() === "" || entry.issues.some((i) => i.message.startsWith("MDX syntax:"))) continue;
    const input = { file: entry.file, body: entry.body, format: entry.format, title: entry.meta?.title ?? "", source: entry.meta?.source };
    const { Content, issues: found } = await compilePost(input);
    issues.push(...found);
    if (!Content) continue;
    try {
      renderToStaticMarkup(createElement(Content, { components: stubs }));
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0];
      issues.push({ file: entry.file, line: 1, column: 1, severity: "error", message: `MDX render: ${reason}` });
    }
  }
  return issues;
}

async function main() {
  const root = contentRoot();
  if (!existsSync(root)) {
    console.error(`error: no content folder at ${relative(root) || "."} (set DIGEST_CONTENT_DIR or run from the project root)`);
    return 1;
  }
  const { entries, problems, taxonomy } = loadAll();
  // Aliases and old feed addresses: broken, repeated, or hiding a page of the site.
  const issues = checkContent(entries, [...problems, ...redirectProblems(entries)], { compiled: await compileIssues(entries), readSource, taxonomy });
  for (const issue of issues) console.log(formatIssue(issue));
  console.log(summarize(issues, checkedFiles(entries, problems)));
  return issues.some((i) => i.severity === "error") ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    // An unreadable file or folder: report it instead of a stack trace.
    console.error(`error: ${escapeControls(error instanceof Error ? error.message : String(error))}`);
    process.exitCode = 1;
  },
);
