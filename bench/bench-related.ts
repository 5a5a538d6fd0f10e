// tsx bench/bench-related.ts [N]: how long the related-issues index takes
// for N generated posts per language (../shared/bench/gen-corpus.mjs), next
// to loading those posts, once per build worker. Prints one line per language.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const n = Number(process.argv[2] ?? 1000);
const dir = mkdtempSync(path.join(tmpdir(), "bench-related-"));
try {
  const raw = path.join(dir, "raw");
  const posts = path.join(dir, "content", "posts");
  execFileSync(process.execPath, [path.resolve("..", "shared", "bench", "gen-corpus.mjs"), raw, String(n)]);
  for (const locale of ["zh", "en"]) {
    for (const file of readdirSync(path.join(raw, locale))) {
      mkdirSync(path.join(posts, file.replace(/\.md$/, "")), { recursive: true });
      cpSync(path.join(raw, locale, file), path.join(posts, file.replace(/\.md$/, ""), `${locale}.md`));
    }
  }
  process.env.DIGEST_CONTENT_DIR = posts;
  const { loadAll } = await import("@/lib/content/store");
  const { visiblePosts } = await import("@/lib/content/posts");
  const { relatedIndex } = await import("@/lib/content/related");
  const started = performance.now();
  const { entries } = loadAll();
  const loadMs = performance.now() - started;
  for (const locale of ["zh", "en"] as const) {
    const list = visiblePosts(entries, locale, { includeUnpublished: false, now: Date.now() });
    // The first build of the index is what a build worker pays; the later ones show the steady cost.
    const runs = Array.from({ length: 5 }, () => {
      const copy = [...list];
      const t0 = performance.now();
      relatedIndex(copy);
      return performance.now() - t0;
    });
    const shown = [...relatedIndex(list).values()].reduce((sum, r) => sum + r.length, 0);
    const median = [...runs].sort((a, b) => a - b)[2]!;
    console.log(`${locale}: related index of ${list.length} posts: first ${runs[0]!.toFixed(1)} ms, median of 5 ${median.toFixed(1)} ms (${shown} links; loading the posts took ${loadMs.toFixed(0)} ms)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
