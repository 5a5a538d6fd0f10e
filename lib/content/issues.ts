/** A problem in a content file, positioned like a compiler diagnostic. */
export type ContentIssue = {
  file: string;
  line: number;
  column: number;
  severity: "error" | "warning";
  message: string;
};

/**
 * Line breaks and other control characters (C0, DEL, C1, the Unicode line and
 * paragraph separators) as visible escapes: a message quotes what a post wrote,
 * and a raw line break there could start a line CI parses as its own
 * (`::error file=…::`).
 */
export const escapeControls = (text: string) =>
  text.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, (c) =>
    c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "\t" ? "\\t" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );

/** One diagnostic, one line: the only place an issue becomes text, so every value in it is escaped here. */
export function formatIssue(issue: ContentIssue): string {
  return escapeControls(`${issue.file}:${issue.line}:${issue.column} ${issue.severity}: ${issue.message}`);
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
