import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { describe, expect, test, vi } from "vitest";

// scripts/build/after-paint.cjs: static generation replaces Next.js's script chunk
// tags with one inline loader that adds the same chunks after the first
// contentful paint; the page's policy then allows that loader by its hash.
const require = createRequire(import.meta.url);
const { scriptsAfterPaint, LOADER_ID } = require("../scripts/build/after-paint.cjs") as { scriptsAfterPaint: (html: string) => string; LOADER_ID: string };
// Installs itself on Next.js's file writer, as it does in the build's workers.
require("../scripts/build/csp-at-write.cjs");
const { MultiFileWriter } = require("next/dist/lib/multi-file-writer") as {
  MultiFileWriter: new (fs: { mkdir: (dir: string) => Promise<unknown>; writeFile: (file: string, data: unknown) => Promise<void> }) => {
    append: (file: string, data: unknown) => void;
    wait: () => Promise<unknown>;
  };
};

// The shape Next.js 16 writes: chunks async in the head, one preloaded at low priority
// and added again at the end of the body, the legacy polyfill as a nomodule script.
const nextPage = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/late.js"/>',
  '<script src="/_next/static/chunks/one.js" async=""></script>',
  '<script src="/_next/static/chunks/two.js?dpl=x&amp;y=1" async=""></script>',
  "<title>T</title></head><body><p>Text</p>",
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script src="/_next/static/chunks/late.js" async=""></script>',
  "</body></html>",
].join("");

const loaderOf = (html: string) => new RegExp(`<script id="${LOADER_ID}">([\\s\\S]*?)</script>`).exec(html)?.[1];

/** Runs the loader in a stub of the browser; returns what it added and a way to report the paint. */
function runLoader(code: string, { paintSupported = true } = {}) {
  const added: string[] = [];
  const timers: { f: () => void; ms: number }[] = [];
  let observer: ((list: { getEntriesByName: (name: string) => unknown[] }) => void) | null = null;
  class PerformanceObserver {
    static supportedEntryTypes = paintSupported ? ["paint", "navigation"] : ["navigation"];
    constructor(callback: typeof observer) {
      observer = callback;
    }
    observe(options: { type: string; buffered: boolean }) {
      expect(options).toEqual({ type: "paint", buffered: true });
    }
  }
  const document = {
    createElement: () => ({ src: "", async: false }),
    head: { appendChild: (s: { src: string; async: boolean }) => (expect(s.async).toBe(true), added.push(s.src)) },
  };
  runInNewContext(code, { PerformanceObserver, document, setTimeout: (f: () => void, ms: number) => timers.push({ f, ms }) });
  const paint = (names: string[]) => observer?.({ getEntriesByName: (name) => names.filter((n) => n === name) });
  /** Runs the timers due within `upTo` ms, including those they set (each is one task). */
  const runTimers = (upTo: number) => {
    for (let t = timers.findIndex((x) => x.ms <= upTo); t >= 0; t = timers.findIndex((x) => x.ms <= upTo)) timers.splice(t, 1)[0]!.f();
  };
  return { added, paint, runTimers, fireTimers: () => runTimers(Infinity) };
}

describe("script chunks load after the first paint", () => {
  test("every chunk tag and its preload leave the page; the loader takes the first one's place", () => {
    const html = scriptsAfterPaint(nextPage);
    expect(html).not.toMatch(/<script src="\/_next\/static\/chunks\/[^"]*" async/);
    expect(html).not.toContain('rel="preload" as="script"');
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>');
    // The nomodule polyfill and the inline payload stay as they were.
    expect(html).toContain('<script src="/_next/static/chunks/polyfills.js" noModule=""></script>');
    expect(html).toContain("<script>(self.__next_f=self.__next_f||[]).push([0])</script>");
    expect(html.indexOf(`<script id="${LOADER_ID}">`)).toBeGreaterThan(html.indexOf("a.css"));
    expect(html.indexOf(`<script id="${LOADER_ID}">`)).toBeLessThan(html.indexOf("<title>"));
  });

  test("the loader adds the chunks, in order and async, one per task, from the first contentful paint and only once", () => {
    const { added, paint, runTimers, fireTimers } = runLoader(loaderOf(scriptsAfterPaint(nextPage))!);
    paint(["first-paint"]);
    expect(added).toEqual([]);
    paint(["first-paint", "first-contentful-paint"]);
    // The first at once, each of the others in a task of its own (a timer of 0 ms).
    expect(added).toEqual(["/_next/static/chunks/one.js"]);
    runTimers(0);
    expect(added).toEqual(["/_next/static/chunks/one.js", "/_next/static/chunks/two.js?dpl=x&y=1", "/_next/static/chunks/late.js"]);
    paint(["first-contentful-paint"]);
    fireTimers();
    expect(added).toHaveLength(3);
  });

  test("a tab that does not paint gets them from the timer; a browser without paint timing at once", () => {
    const code = loaderOf(scriptsAfterPaint(nextPage))!;
    const hidden = runLoader(code);
    expect(hidden.added).toEqual([]);
    hidden.fireTimers();
    expect(hidden.added).toHaveLength(3);
    const noPaintTiming = runLoader(code, { paintSupported: false });
    expect(noPaintTiming.added).toHaveLength(1);
    noPaintTiming.runTimers(0);
    expect(noPaintTiming.added).toHaveLength(3);
  });

  test("a page without chunk tags, or done already, is unchanged", () => {
    const plain = '<!DOCTYPE html><html><head><meta charSet="utf-8"/></head><body><script src="/a.js"></script></body></html>';
    expect(scriptsAfterPaint(plain)).toBe(plain);
    const once = scriptsAfterPaint(nextPage);
    expect(scriptsAfterPaint(once)).toBe(once);
  });

  test("a page whose chunk tags are in another form (a later Next.js) is left as it was, with one warning", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      for (const other of [
        nextPage.replace('<script src="/_next/static/chunks/two.js?dpl=x&amp;y=1" async=""></script>', '<script async="" src="/_next/static/chunks/two.js"></script>'),
        nextPage.replace('async=""></script>', 'async="" nonce="n"></script>'),
        nextPage.replace(/ async=""/g, ' defer=""'),
      ]) {
        expect(scriptsAfterPaint(other)).toBe(other);
      }
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]![0])).toMatch(/^warning: after-paint: a page loads 3 script chunks of which [0-2] are in the form this step reads/);
    } finally {
      warn.mockRestore();
    }
  });

  test("static generation writes the page with the loader and a policy that allows it by its hash", async () => {
    const file = path.join("/build", ".next", "server", "app", "en.html");
    const disk = new Map<string, unknown>();
    const writer = new MultiFileWriter({ mkdir: async () => undefined, writeFile: async (f, data) => void disk.set(f, data) });
    writer.append(file, nextPage);
    await writer.wait();
    const html = String(disk.get(file));
    const loader = loaderOf(html);
    expect(loader).toBeDefined();
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/.exec(html)?.[1];
    expect(policy).toContain(`'sha256-${createHash("sha256").update(loader!, "utf8").digest("base64")}'`);
  });
});
