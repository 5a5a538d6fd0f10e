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
  // Looked up by URL: a post of thousands of links must not search the list once per link.
  readonly #numbers = new Map<string, number>();
  readonly #images = new Set<string>();

  constructor(sources: DigestSource[]) {
    this.citations = sources.map((s) => ({ n: s.n, title: s.title, url: s.url }));
    for (const c of this.citations) if (!this.#numbers.has(c.url)) this.#numbers.set(c.url, c.n);
  }

  /** The number of a URL, adding it to the list the first time. */
  cite(url: string, title: string): number {
    const known = this.#numbers.get(url);
    if (known !== undefined) return known;
    const n = this.citations.length + 1;
    this.citations.push({ n, title: title.trim() || url, url });
    this.#numbers.set(url, n);
    return n;
  }

  image(url: string) {
    if (this.#images.has(url)) return;
    this.#images.add(url);
    this.images.push(url);
  }
}
