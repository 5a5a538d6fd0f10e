import type { ContentIssue } from "./issues";

/**
 * A post file's largest size. The longest digest so far is ~20 KB; every
 * step that reads a post is linear in its size (test/linear-time.test.ts),
 * and this bounds what one contributed file can cost the build.
 */
export const MAX_POST_BYTES = 1024 * 1024;

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** An error at the file's start when it is too large to be read as a post, else null. */
export function postSizeIssue(file: string, bytes: number): ContentIssue | null {
  if (bytes <= MAX_POST_BYTES) return null;
  return { file, line: 1, column: 1, severity: "error", message: `file is ${mb(bytes)}; a post may be at most ${mb(MAX_POST_BYTES)}: split it, or link large data instead of pasting it` };
}
