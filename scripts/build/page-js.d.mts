/** Gzipped bytes (zlib level 9) of the <script src> files a modern browser loads from a page's HTML, and their texts. */
export function pageJs(base: string, pagePath: string): Promise<{ scripts: number; gzipBytes: number; texts: string[] }>;
