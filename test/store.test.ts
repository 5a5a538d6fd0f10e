import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { ContentError, isContentError } from "@/lib/content/issues";
import { assertNoErrors, nextRelease, statusOf, toPost, visiblePosts, visiblePostsCached } from "@/lib/content/posts";
import { vi } from "vitest";
import { loadAll, resetContentCache, writeContentSnapshot } from "@/lib/content/store";

let cwd = "";
let dir = "";

beforeEach(() => {
  cwd = process.cwd();
  dir = realpathSync(mkdtempSync(path.join(tmpdir(), "digest-store-")));
  process.chdir(dir);
  resetContentCache();
});

afterEach(() => {
  process.chdir(cwd);
  rmSync(dir, { recursive: true, force: true });
  resetContentCache();
});

function write(rel: string, text: string) {
  const abs = path.join(dir, "content", "posts", rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, text);
}

/**
 * A build's snapshot holds each post's compiled body (lib/content/compile.ts,
 * analyzeAndCompile), which reading the files for the dev server does not:
 * the entries without it, after checking that every post with front matter has it.
 */
function withoutCode(content: ReturnType<typeof loadAll>) {
  for (const e of content.entries) expect(typeof e.code === "string" || (e.code === null && e.issues.some((i) => i.severity === "error")) || (e.meta === null && e.code === undefined), e.file).toBe(true);
  return {
    ...content,
    entries: content.entries.map((e) => {
      const rest = { ...e };
      delete rest.code;
      return rest;
    }),
  };
}

const post = (title: string, date = "2026-01-18", extra = "") =>
  `---\ntitle: "${title}"\ndate: ${date}\n${extra}---\n\nLead of ${title}.\n\n## Main News\n\n### Item\n\n**Source:** [s](https://example.com/${encodeURIComponent(title)})\n`;

describe("loadAll", () => {
  test("in production, the snapshot is read once per process and shared by every copy of the module", async () => {
    write("hello/en.md", post("Hello"));
    vi.stubEnv("NODE_ENV", "production");
    try {
      const first = loadAll();
      write("hello/en.md", post("Changed"));
      write("other/en.md", post("Other"));
      expect(loadAll()).toBe(first);
      // The bundler gives each route its own copy of the module.
      vi.resetModules();
      const copy = await import("@/lib/content/store");
      expect(copy.loadAll()).toBe(first);
      expect(first.entries.map((e) => e.meta!.title)).toEqual(["Hello"]);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  test("a build's content snapshot is read instead of the files, and equals reading them", () => {
    write("hello/zh.md", post("你好", "2026-01-18", "tags: [kubernetes]\n"));
    write("hello/en.md", post("Hello"));
    write("broken/en.md", "no front matter");
    const file = path.join(dir, "content.v8");
    vi.stubEnv("NODE_ENV", "production");
    try {
      const read = loadAll();
      writeContentSnapshot(file);
      resetContentCache();
      vi.stubEnv("DIGEST_CONTENT_SNAPSHOT", file);
      // The files change after the snapshot: the build still sees the snapshot.
      write("hello/en.md", post("Changed"));
      const snap = loadAll();
      expect(snap).not.toBe(read);
      expect(withoutCode(snap)).toStrictEqual(read);
      expect(snap.entries.find((e) => e.locale === "en" && e.slug === "hello")!.meta!.title).toBe("Hello");
    } finally {
      vi.unstubAllEnvs();
    }
  });

  test("a snapshot of another content folder, or outside production, is ignored", () => {
    write("hello/en.md", post("Hello"));
    const file = path.join(dir, "content.v8");
    vi.stubEnv("NODE_ENV", "production");
    try {
      writeContentSnapshot(file);
      resetContentCache();
      write("hello/en.md", post("Changed"));
      vi.stubEnv("DIGEST_CONTENT_SNAPSHOT", file);
      vi.stubEnv("DIGEST_CONTENT_DIR", path.join(dir, "elsewhere"));
      expect(loadAll().entries).toEqual([]);
      vi.stubEnv("DIGEST_CONTENT_DIR", "");
      vi.stubEnv("NODE_ENV", "development");
      resetContentCache();
      expect(loadAll().entries[0]!.meta!.title).toBe("Changed");
    } finally {
      vi.unstubAllEnvs();
    }
  });

  describe("a rebuild carries the analysis of unchanged files from the previous build", () => {
    // Two builds in a row: each reads the content fresh (a new process), with the previous build's carry file.
    function build(carry: string) {
      resetContentCache();
      const file = path.join(dir, "content.v8");
      const stats = writeContentSnapshot(file, carry);
      resetContentCache();
      vi.stubEnv("DIGEST_CONTENT_SNAPSHOT", file);
      const snapshot = loadAll();
      vi.stubEnv("DIGEST_CONTENT_SNAPSHOT", "");
      resetContentCache();
      return { stats, snapshot, fresh: loadAll() };
    }

    beforeEach(() => {
      vi.stubEnv("NODE_ENV", "production");
    });
    afterEach(() => {
      vi.unstubAllEnvs();
    });

    test("unchanged files are reused, changed and new ones are read, and the result equals reading everything", () => {
      const carry = path.join(dir, "cache", "entries.v8");
      write("a/zh.md", post("甲"));
      write("a/en.md", post("A"));
      write("b/en.md", post("B"));
      const first = build(carry);
      expect(first.stats).toEqual({ files: 3, reused: 0 });
      expect(withoutCode(first.snapshot)).toStrictEqual(first.fresh);

      write("b/en.md", post("B, corrected"));
      write("c/en.md", post("C"));
      const second = build(carry);
      expect(second.stats).toEqual({ files: 4, reused: 2 });
      expect(withoutCode(second.snapshot)).toStrictEqual(second.fresh);
      expect(second.snapshot.entries.find((e) => e.slug === "b")!.meta!.title).toBe("B, corrected");

      // A deleted post is gone, not carried.
      rmSync(path.join(dir, "content", "posts", "c"), { recursive: true });
      const third = build(carry);
      expect(third.stats).toEqual({ files: 3, reused: 3 });
      expect(third.snapshot.entries.map((e) => e.slug)).toEqual(["a", "a", "b"]);
      expect(withoutCode(third.snapshot)).toStrictEqual(third.fresh);
    });

    test("a file checked out again (same text, new modification time) is reused, with its new time", () => {
      const carry = path.join(dir, "cache", "entries.v8");
      write("a/en.md", post("A"));
      const before = build(carry).snapshot.entries[0]!.mtimeMs;
      // Whole seconds: file systems keep modification times at different precisions.
      const later = new Date(Math.floor(Date.now() / 1000) * 1000 + 60_000);
      utimesSync(path.join(dir, "content", "posts", "a", "en.md"), later, later);
      const again = build(carry);
      expect(again.stats).toEqual({ files: 1, reused: 1 });
      expect(withoutCode(again.snapshot)).toStrictEqual(again.fresh);
      expect(again.snapshot.entries[0]!.mtimeMs).not.toBe(before);
      expect(Math.round(again.snapshot.entries[0]!.mtimeMs)).toBe(later.getTime());
    });

    test("a post whose image changed is read again", async () => {
      const carry = path.join(dir, "cache", "entries.v8");
      const sharp = (await import("sharp")).default;
      const png = (width: number) => sharp({ create: { width, height: 100, channels: 3, background: "#1f54c2" } }).png().toBuffer();
      write("a/en.md", post("A", "2026-01-18", "").replace("Lead of A.", "Lead of A.\n\n![chart](./chart.png)"));
      writeFileSync(path.join(dir, "content", "posts", "a", "chart.png"), await png(300));
      const first = build(carry);
      expect(Object.values(first.snapshot.entries[0]!.images).map((i) => i.width)).toEqual([300]);
      writeFileSync(path.join(dir, "content", "posts", "a", "chart.png"), await png(500));
      const later = new Date(Date.now() + 60_000);
      utimesSync(path.join(dir, "content", "posts", "a", "chart.png"), later, later);
      const second = build(carry);
      expect(second.stats).toEqual({ files: 1, reused: 0 });
      expect(Object.values(second.snapshot.entries[0]!.images).map((i) => i.width)).toEqual([500]);
      expect(withoutCode(second.snapshot)).toStrictEqual(second.fresh);
    });

    test("an unchanged post's compiled body is carried, not compiled again", () => {
      const carry = path.join(dir, "cache", "entries.v8");
      write("a/en.md", post("A"));
      write("b/en.md", post("B"));
      const first = build(carry);
      const codeOf = (content: ReturnType<typeof loadAll>, slug: string) => content.entries.find((e) => e.slug === slug)!.code!;
      expect(codeOf(first.snapshot, "a")).toContain("Lead of A.");
      // Proof that the carried code is what the next build uses: edit it in the carry file.
      const stored = deserialize(readFileSync(carry));
      for (const { entry } of stored.entries.values()) if (entry.slug === "a") entry.code = entry.code.replace("Lead of A.", "Carried lead of A.");
      writeFileSync(carry, serialize(stored));
      write("b/en.md", post("B, corrected"));
      const second = build(carry);
      expect(second.stats).toEqual({ files: 2, reused: 1 });
      expect(codeOf(second.snapshot, "a")).toContain("Carried lead of A.");
      expect(codeOf(second.snapshot, "b")).toContain("Lead of B, corrected.");
    });

    test("a carry file of another content folder is not used", () => {
      const carry = path.join(dir, "cache", "entries.v8");
      write("a/en.md", post("A"));
      build(carry);
      mkdirSync(path.join(dir, "elsewhere", "a"), { recursive: true });
      writeFileSync(path.join(dir, "elsewhere", "a", "en.md"), post("A"));
      vi.stubEnv("DIGEST_CONTENT_DIR", path.join(dir, "elsewhere"));
      const other = build(carry);
      expect(other.stats).toEqual({ files: 1, reused: 0 });
    });
  });

  test("zh.md and en.md in one folder are two entries of one slug", () => {
    write("hello/zh.md", post("你好"));
    write("hello/en.md", post("Hello"));
    const { entries, problems } = loadAll();
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.slug, e.locale, e.file, e.format]).sort()).toEqual([
      ["hello", "en", "content/posts/hello/en.md", "md"],
      ["hello", "zh", "content/posts/hello/zh.md", "md"],
    ]);
    const en = entries.find((e) => e.locale === "en")!;
    expect(en.issues).toEqual([]);
    expect(en.meta!.title).toBe("Hello");
    expect(en.summary!.items).toHaveLength(1);
    expect(en.readingMinutes).toBe(1);
  });

  test("an .mdx post is read as MDX", () => {
    write("m/en.mdx", `---\ntitle: M\ndate: 2026-01-18\n---\n\n<NewsItem title="X">\n\n**Source:** [s](https://example.com/)\n\n</NewsItem>\n`);
    const [entry] = loadAll().entries;
    expect(entry!.format).toBe("mdx");
    expect(entry!.issues).toEqual([]);
    expect(entry!.summary!.items.map((i) => i.title)).toEqual(["X"]);
  });

  test.each(["fr.md", "post.md", "zh.markdown"])("a file named %s is a problem", (name) => {
    write(`hello/${name}`, post("Hello"));
    const { entries, problems } = loadAll();
    expect(entries).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ file: `content/posts/hello/${name}`, line: 1, column: 1, severity: "error" }),
    ]);
  });

  test("zh.md and zh.mdx in one folder are a duplicate error", () => {
    write("hello/zh.md", post("A"));
    write("hello/zh.mdx", post("B"));
    const { entries, problems } = loadAll();
    expect(entries).toHaveLength(1);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.severity).toBe("error");
    expect(problems[0]!.message).toMatch(/duplicate/);
    expect(problems[0]!.message).toContain("zh.md");
    expect(problems[0]!.message).toContain("zh.mdx");
  });

  test("an empty file is an error", () => {
    write("hello/zh.md", "");
    write("blank/zh.md", "  \n\n");
    const { entries } = loadAll();
    expect(entries).toHaveLength(2);
    for (const e of entries) {
      expect(e.meta).toBeNull();
      expect(e.issues).toEqual([expect.objectContaining({ file: e.file, line: 1, severity: "error", message: expect.stringMatching(/empty/) })]);
    }
  });

  test("a file with invalid UTF-8 is an error", () => {
    const abs = path.join(dir, "content/posts/bin/zh.md");
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, Buffer.concat([Buffer.from(post("X")), Buffer.from([0xff, 0xfe, 0x0a])]));
    const [entry] = loadAll().entries;
    expect(entry!.issues.some((i) => i.severity === "error" && /UTF-8/.test(i.message))).toBe(true);
  });

  test.each(["Bad Name", "a--b", "trailing-", "-leading", "under_score"])("the folder name %s is not a valid slug", (name) => {
    write(`${name}/zh.md`, post("X"));
    const { entries, problems } = loadAll();
    expect(entries).toEqual([]);
    expect(problems[0]!.message).toMatch(/not a valid slug; use lowercase letters, digits and single hyphens/);
  });

  test("a Chinese folder name is a valid slug", () => {
    write("云原生周报/zh.md", post("X"));
    const { entries, problems } = loadAll();
    expect(problems).toEqual([]);
    expect(entries[0]!.slug).toBe("云原生周报");
  });

  test("a missing content folder gives no entries", () => {
    expect(loadAll()).toMatchObject({ entries: [], problems: [], taxonomy: { present: false } });
  });

  test("edits are picked up after the cache is reset", () => {
    write("hello/en.md", post("Before"));
    expect(loadAll().entries[0]!.meta!.title).toBe("Before");
    write("hello/en.md", post("After"));
    resetContentCache();
    expect(loadAll().entries[0]!.meta!.title).toBe("After");
  });
});

describe("status and visibility", () => {
  const NOW = Date.UTC(2026, 1, 1, 0, 0);
  const entry = (slug: string) => loadAll().entries.find((e) => e.slug === slug)!;

  beforeEach(() => {
    write("old/en.md", post("Old", "2026-01-04"));
    write("new/en.md", post("New", "2026-01-25"));
    write("draft/en.md", post("Draft", "2026-01-20", "draft: true\n"));
    write("future/en.md", post("Future", "2026-03-01"));
    write("new/zh.md", post("新"));
    // 08:30 +0800 on Feb 1 is 00:30 UTC, just after NOW.
    write("soon/en.md", post("Soon", "2026-02-01 08:30:00 +0800"));
    write("broken/en.md", "---\ntitle: Broken\n---\n");
  });

  test("statusOf", () => {
    expect(statusOf(entry("old"), NOW)).toBe("published");
    expect(statusOf(entry("draft"), NOW)).toBe("draft");
    expect(statusOf(entry("future"), NOW)).toBe("scheduled");
    expect(statusOf(entry("soon"), NOW)).toBe("scheduled");
    expect(statusOf(entry("soon"), Date.UTC(2026, 1, 1, 0, 30))).toBe("published");
  });

  test("a draft stays a draft even when its date has passed", () => {
    expect(statusOf(entry("draft"), Date.UTC(2030, 0, 1))).toBe("draft");
  });

  test("toPost", () => {
    const p = toPost(entry("new"), NOW)!;
    expect(p).toMatchObject({ slug: "new", locale: "en", title: "New", status: "published", newsCount: 1, lead: "Lead of New.", description: "Lead of New." });
    expect(toPost(entry("broken"), NOW)).toBeNull();
  });

  test("visiblePosts hides drafts and future posts and sorts newest first", () => {
    const posts = visiblePosts(loadAll().entries, "en", { includeUnpublished: false, now: NOW });
    expect(posts.map((p) => p.slug)).toEqual(["new", "old"]);
  });

  test("visiblePosts with includeUnpublished shows everything valid, newest first", () => {
    const posts = visiblePosts(loadAll().entries, "en", { includeUnpublished: true, now: NOW });
    expect(posts.map((p) => [p.slug, p.status])).toEqual([
      ["future", "scheduled"],
      ["soon", "scheduled"],
      ["new", "published"],
      ["draft", "draft"],
      ["old", "published"],
    ]);
  });

  test("nextRelease is the earliest scheduled, non-draft date after now", () => {
    expect(nextRelease(loadAll().entries, NOW)).toBe(Date.UTC(2026, 1, 1, 0, 30));
    expect(nextRelease(loadAll().entries, Date.UTC(2026, 1, 1, 0, 30))).toBe(Date.UTC(2026, 2, 1) - 8 * 3600_000);
    expect(nextRelease(loadAll().entries, Date.UTC(2030, 0, 1))).toBe(Infinity);
  });

  test("visiblePostsCached reuses a list until the next scheduled post goes live", () => {
    const { entries } = loadAll();
    const visible = { includeUnpublished: false, now: NOW };
    const first = visiblePostsCached(entries, "en", visible);
    expect(first.map((p) => p.slug)).toEqual(["new", "old"]);
    expect(visiblePostsCached(entries, "en", { ...visible, now: NOW + 60_000 })).toBe(first);
    // Another locale or visibility is another list.
    expect(visiblePostsCached(entries, "zh", visible).map((p) => p.slug)).toEqual(["new"]);
    expect(visiblePostsCached(entries, "en", { ...visible, includeUnpublished: true })).toHaveLength(5);
    // "soon" goes live at 00:30 UTC: the list is rebuilt and includes it.
    const later = visiblePostsCached(entries, "en", { ...visible, now: Date.UTC(2026, 1, 1, 0, 30) });
    expect(later).not.toBe(first);
    expect(later.map((p) => p.slug)).toEqual(["soon", "new", "old"]);
    // A clock that goes back does not reuse a list computed for a later time.
    expect(visiblePostsCached(entries, "en", visible).map((p) => p.slug)).toEqual(["new", "old"]);
  });

  test("visiblePosts is per locale", () => {
    const posts = visiblePosts(loadAll().entries, "zh", { includeUnpublished: true, now: NOW });
    expect(posts.map((p) => p.title)).toEqual(["新"]);
  });
});

describe("assertNoErrors", () => {
  test("throws a ContentError listing every error as file:line:column", () => {
    write("x/zh.md", "---\ntitle: T\ndate: 2026-13-45\n---\n\nBody.\n");
    write("x/fr.md", post("F"));
    const { entries, problems } = loadAll();
    let error: unknown;
    try {
      assertNoErrors(entries, problems);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect(isContentError(error)).toBe(true);
    const lines = (error as ContentError).message.split("\n");
    expect(lines).toHaveLength(2);
    expect(lines.find((l) => l.startsWith("content/posts/x/fr.md"))).toMatch(/^content\/posts\/x\/fr\.md:1:1 error: .*"fr/);
    expect(lines.find((l) => l.startsWith("content/posts/x/zh.md"))).toMatch(
      /^content\/posts\/x\/zh\.md:3:7 error: date "2026-13-45" is not a valid date/,
    );
    expect((error as ContentError).issues).toHaveLength(2);
  });

  test("a snapshot found clean is not scanned again, and a broken one keeps throwing", () => {
    write("ok/zh.md", post("好"));
    const { entries } = loadAll();
    assertNoErrors(entries, []);
    // Remembered: an error that appeared in this snapshot afterwards would not be seen again
    // (a snapshot never changes; every page of a build asks about the same one).
    entries[0]!.issues.push({ file: entries[0]!.file, line: 1, column: 1, severity: "error", message: "late" });
    expect(() => assertNoErrors(entries, [])).not.toThrow();
    expect(() => assertNoErrors([...entries], [])).toThrow(ContentError);
    expect(() => assertNoErrors(entries, [{ file: "x", line: 1, column: 1, severity: "error", message: "m" }])).toThrow(ContentError);
    write("bad/zh.md", "---\ntitle: T\n---\n");
    resetContentCache();
    const broken = loadAll();
    expect(() => assertNoErrors(broken.entries, broken.problems)).toThrow(ContentError);
    expect(() => assertNoErrors(broken.entries, broken.problems)).toThrow(ContentError);
  });

  test("warnings do not throw", () => {
    write("x/zh.md", "---\ntitle: T\ndate: 2026-01-18\n---\n\n## Main News\n\n### No source\n\nText.\n");
    const { entries, problems } = loadAll();
    expect(entries[0]!.issues.map((i) => i.severity)).toEqual(["warning"]);
    expect(() => assertNoErrors(entries, problems)).not.toThrow();
  });
});
