import { readFileSync } from "node:fs";
import path from "node:path";

/** The payloads of test/fixtures/open-redirect-payloads.txt; a quoted line is a JSON string (for control characters). */
export function openRedirectPayloads(): string[] {
  const text = readFileSync(path.join(import.meta.dirname, "fixtures", "open-redirect-payloads.txt"), "utf8");
  return text
    .split("\n")
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => (line.startsWith('"') ? (JSON.parse(line) as string) : line));
}

/** Where a browser goes with this Location header, answered by `origin`. */
export const browserTarget = (location: string, origin: string) => new URL(location, `${origin}/api/draft`).origin;
