/** Indexes the post pages under appDir (a folder per language with a search.html) into outputRoot/<locale>; a line for the log. */
export function buildSearchIndex(appDir: string, outputRoot: string): Promise<string>;
