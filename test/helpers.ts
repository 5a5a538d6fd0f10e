import { analyze, type Format } from "@/lib/content/compile";
import { parseFrontMatter } from "@/lib/content/front-matter";
import type { ContentIssue } from "@/lib/content/issues";

/** Runs a whole file through front matter + digest analysis, like the store does. */
export function parsePost(raw: string, file = "content/posts/x/zh.md", format: Format = "md") {
  const fm = parseFrontMatter(file, raw);
  const issues: ContentIssue[] = [...fm.issues];
  let summary = null as ReturnType<typeof analyze>["summary"];
  if (fm.data) {
    const analysed = analyze({ file, body: fm.body, format, title: fm.data.title, source: fm.data.source });
    summary = analysed.summary;
    issues.push(...analysed.issues);
  }
  return { data: fm.data, body: fm.body, summary, issues };
}

export const FM = (extra = "", title = "T") => `---\ntitle: "${title}"\ndate: 2026-01-18\n${extra}---\n`;

export const errors = (issues: ContentIssue[]) => issues.filter((i) => i.severity === "error");
export const warnings = (issues: ContentIssue[]) => issues.filter((i) => i.severity === "warning");
