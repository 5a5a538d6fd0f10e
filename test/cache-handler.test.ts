import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";

type Handler = {
  new (ctx: object): { set(key: string, data: object, ctx: object): Promise<void>; get(key: string, ctx: object): Promise<unknown> };
  loadNextCache(specifier?: string): unknown;
  withoutErrorAnswers(Base: unknown): Handler;
  wrapsNextCache: boolean;
};
const require = createRequire(import.meta.url);
const Handler = require("../lib/cache-handler.cjs") as Handler;
const nodeFs = (require("next/dist/server/lib/node-fs-methods") as { nodeFs: object }).nodeFs;

let dir = "";
beforeEach(() => void (dir = mkdtempSync(path.join(tmpdir(), "digest-cache-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const answer = (status: number) => ({ kind: "APP_ROUTE", status, body: Buffer.from(status === 200 ? "png" : "Not found"), headers: {} });
const context = { kind: "APP_ROUTE", isRoutePPREnabled: false, isFallback: false, cacheControl: { revalidate: false } };

describe("the server's cache keeps no route answer with an error status", () => {
  test("wraps this release's own file-system cache", () => {
    expect(Handler.wrapsNextCache).toBe(true);
  });

  test("a 404 of an image route writes nothing; a 200 is kept on disk as Next.js keeps it", async () => {
    const cache = new Handler({ fs: nodeFs, flushToDisk: true, serverDistDir: dir, revalidatedTags: [], maxMemoryCacheSize: 0 });
    for (let i = 0; i < 20; i++) await cache.set(`/media/made-up-${i}.png`, answer(404), context);
    await cache.set("/en/posts/made-up/og.png", answer(404), context);
    await cache.set("/media/broken.png", answer(500), context);
    expect(readdirSync(dir, { recursive: true })).toEqual([]);
    expect(await cache.get("/media/made-up-1.png", { kind: "APP_ROUTE", isRoutePPREnabled: false, isFallback: false })).toBeNull();

    await cache.set("/media/0123456789abcdef.png", answer(200), context);
    expect(existsSync(path.join(dir, "app", "media", "0123456789abcdef.png.body"))).toBe(true);
    expect(existsSync(path.join(dir, "app", "media", "0123456789abcdef.png.meta"))).toBe(true);
  });

  test("Next.js's own cache, unwrapped, keeps a file per 404 (what the wrapper is for)", async () => {
    const Plain = Handler.loadNextCache() as Handler;
    const cache = new Plain({ fs: nodeFs, flushToDisk: true, serverDistDir: dir, revalidatedTags: [], maxMemoryCacheSize: 0 });
    await cache.set("/media/made-up.png", answer(404), context);
    expect(readdirSync(path.join(dir, "app", "media")).sort()).toEqual(["made-up.png.body", "made-up.png.meta"]);
  });

  test("a release whose cache is elsewhere or of another shape is not wrapped (Next.js's own cache is used)", () => {
    expect(Handler.loadNextCache("next/dist/server/lib/incremental-cache/no-such-cache.js")).toBeNull();
    expect(Handler.loadNextCache("node:path")).toBeNull();
    expect(Handler.loadNextCache()).not.toBeNull();
  });
});
