/** A problem in a content file, positioned like a compiler diagnostic. */
export type ContentIssue = {
  file: string;
  line: number;
  column: number;
  severity: "error" | "warning";
  message: string;
};

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}:${issue.line}:${issue.column} ${issue.severity}: ${issue.message}`;
}

/** Thrown when a post cannot be published; carries every error found in it. */
export class ContentError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    super(issues.map(formatIssue).join("\n"));
    this.name = "ContentError";
    this.issues = issues;
  }
}

export function isContentError(error: unknown): error is ContentError {
  return error instanceof Error && error.name === "ContentError" && "issues" in error;
}
