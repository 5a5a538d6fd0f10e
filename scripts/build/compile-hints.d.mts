/** V8's explicit compile hint: a chunk's first line. */
export const COMPILE_HINT: string;
/** The chunk's source with the hint as its first line (unchanged if it has it, or starts with `#!`). */
export function withCompileHint(source: string): string;
/** Adds the hint to every .js file under dir that lacks it; none under Subresource Integrity (buildDir defaults to dir's grandparent). */
export function addCompileHints(dir: string, buildDir?: string): Promise<{ changed: number; found: number }>;
