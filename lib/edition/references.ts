import type { DigestSource } from "@/lib/content";

export type Citation = { n: number; title: string; url: string };

/**
 * What an edition cites and shows while it is rendered: the post's numbered
 * sources first (the numbers the web page uses), then every other outside
 * link in order of appearance, and the images to upload. One per rendering.
 */
export class References {
  readonly citations: Citation[];
  readonly images: string[] = [];

  constructor(sources: DigestSource[]) {
    this.citations = sources.map((s) => ({ n: s.n, title: s.title, url: s.url }));
  }

  /** The number of a URL, adding it to the list the first time. */
  cite(url: string, title: string): number {
    const known = this.citations.find((c) => c.url === url);
    if (known) return known.n;
    const n = this.citations.length + 1;
    this.citations.push({ n, title: title.trim() || url, url });
    return n;
  }

  image(url: string) {
    if (!this.images.includes(url)) this.images.push(url);
  }
}
