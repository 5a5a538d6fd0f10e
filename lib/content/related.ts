import type { Post } from "./posts";

/** How many related issues a post ends with. */
export const RELATED_COUNT = 3;

const indexes = new WeakMap<Post[], Map<string, Post[]>>();

type Candidate = { shared: number; gap: number; time: number; slug: string; at: number };

/** Whether a is a better match than b: more shared tags, then nearer in time, then the newer. */
function better(a: Candidate, b: Candidate): boolean {
  if (a.shared !== b.shared) return a.shared > b.shared;
  if (a.gap !== b.gap) return a.gap < b.gap;
  return a.time !== b.time ? a.time > b.time : a.slug < b.slug;
}

/**
 * Each post's related issues: up to RELATED_COUNT other posts of the same
 * list (one language) sharing the most tags with it, ties going to the
 * nearest in time; none for a post that shares no tag. Built once per list of
 * posts (the store hands out the same array until the content changes), from
 * a tag → posts index, so a post only ever looks at posts it shares a tag
 * with; every post page of a build then reads the same index.
 */
export function relatedIndex(posts: Post[], count = RELATED_COUNT): Map<string, Post[]> {
  const cached = indexes.get(posts);
  if (cached) return cached;
  const byTag = new Map<string, number[]>();
  posts.forEach((post, i) => {
    for (const tag of new Set(post.tags)) {
      const list = byTag.get(tag);
      if (list) list.push(i);
      else byTag.set(tag, [i]);
    }
  });
  const shared = new Uint16Array(posts.length);
  const index = new Map<string, Post[]>();
  posts.forEach((post, i) => {
    const touched: number[] = [];
    for (const tag of new Set(post.tags)) {
      for (const j of byTag.get(tag)!) {
        if (j === i) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j] = shared[j]! + 1;
      }
    }
    // The best `count` in one pass: a short list kept in order.
    const best: Candidate[] = [];
    const time = post.date.time;
    for (const j of touched) {
      const other = posts[j]!;
      const candidate: Candidate = { shared: shared[j]!, gap: Math.abs(other.date.time - time), time: other.date.time, slug: other.slug, at: j };
      shared[j] = 0;
      if (best.length === count && !better(candidate, best[count - 1]!)) continue;
      let at = best.findIndex((b) => better(candidate, b));
      if (at === -1) at = best.length;
      best.splice(at, 0, candidate);
      if (best.length > count) best.pop();
    }
    index.set(post.slug, best.map((b) => posts[b.at]!));
  });
  indexes.set(posts, index);
  return index;
}
