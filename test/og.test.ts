import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { cachedPng } from "@/lib/og/cache";
import { ogPrerenderCount } from "@/lib/og/prerender";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "digest-og-"));
  vi.stubEnv("NEXT_DIST_DIR", path.join(dir, "dist"));
});
afterEach(() => {
  vi.unstubAllEnvs();
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

const png = (byte: number) => async () => new Uint8Array([byte, byte]).buffer;

describe("cachedPng", () => {
  test("draws once per key and keeps the image in the build cache", async () => {
    const draw = vi.fn(png(1));
    expect([...(await cachedPng({ title: "a" }, draw))]).toEqual([1, 1]);
    expect([...(await cachedPng({ title: "a" }, draw))]).toEqual([1, 1]);
    expect(draw).toHaveBeenCalledTimes(1);
    expect([...(await cachedPng({ title: "b" }, png(2)))]).toEqual([2, 2]);
    expect(readdirSync(path.join(dir, "dist", "cache", "og-images")).filter((f) => f.endsWith(".png"))).toHaveLength(2);
  });

  test.skipIf(process.getuid?.() === 0)("still serves the image when the cache cannot be written (read-only file system)", async () => {
    chmodSync(dir, 0o555);
    expect([...(await cachedPng({ title: "a" }, png(3)))]).toEqual([3, 3]);
  });

  test("still serves the image when the cache path is not a folder", async () => {
    mkdirSync(path.join(dir, "dist"), { recursive: true });
    // A file where the cache folder would go: mkdir fails as on a read-only disk.
    writeFileSync(path.join(dir, "dist", "cache"), "not a folder");
    expect([...(await cachedPng({ title: "a" }, png(4)))]).toEqual([4, 4]);
  });
});

describe("ogPrerenderCount", () => {
  test("defaults to 20 and reads DIGEST_OG_PRERENDER", () => {
    vi.stubEnv("DIGEST_OG_PRERENDER", "");
    expect(ogPrerenderCount()).toBe(20);
    vi.stubEnv("DIGEST_OG_PRERENDER", "3");
    expect(ogPrerenderCount()).toBe(3);
    vi.stubEnv("DIGEST_OG_PRERENDER", "0");
    expect(ogPrerenderCount()).toBe(0);
    // A malformed value stops the build with its name instead of being replaced silently.
    vi.stubEnv("DIGEST_OG_PRERENDER", "-5");
    expect(() => ogPrerenderCount()).toThrow('DIGEST_OG_PRERENDER must be a whole number of at least 0, not "-5"');
    vi.stubEnv("DIGEST_OG_PRERENDER", "lots");
    expect(() => ogPrerenderCount()).toThrow(/DIGEST_OG_PRERENDER/);
  });
});
