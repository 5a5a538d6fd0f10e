import { createRequire } from "node:module";
import { runInNewContext } from "node:vm";
import { describe, expect, test, vi } from "vitest";

// scripts/build/one-flight-script.cjs: a prerendered page's RSC payload chunks go
// into one inline script, so the page's policy names one hash instead of one
// per chunk, and the page is smaller.
const require = createRequire(import.meta.url);
const { oneFlightScript } = require("../scripts/build/one-flight-script.cjs") as { oneFlightScript: (html: string) => string };
const { servedPage } = require("../scripts/build/csp.cjs") as { servedPage: (html: string) => string | null };

const push = (text: string) => `<script>self.__next_f.push([1,${JSON.stringify(text)}])</script>`;
// The shape Next.js 16 writes: the payload's start, then its chunks between the page's HTML.
const nextPage = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>T</title></head><body>',
  '<script>try{document.documentElement.dataset.theme="dark"}catch(e){}</script>',
  "<main><p>One</p>",
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  push('1:"$Sreact.fragment"\n'),
  "<p>Two</p>",
  push('0:{"P":null,"c":["","en"]}\n'),
  push('2:["$","p",null,{"children":"quotes \\" and \\\\ and </"}]\n'),
  "</main>",
  push('3:T80d,'),
  "<footer>end</footer></body></html>",
].join("");

/** What the page's payload scripts push, in order, run as a browser would. */
function pushed(html: string): unknown[] {
  const self: { __next_f?: unknown[] } = {};
  for (const [, body] of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) if (body!.includes("__next_f")) runInNewContext(body!, { self });
  return self.__next_f!;
}

describe("the RSC payload in one script", () => {
  test("the same pushes in the same order, in one script where the last chunk was", () => {
    const out = oneFlightScript(nextPage);
    expect(pushed(out)).toEqual(pushed(nextPage));
    expect(pushed(out)).toHaveLength(5);
    expect(out.match(/__next_f\.push\(\[1,/g)).toHaveLength(4);
    expect(out.match(/<script>/g)).toHaveLength(3);
    // The page's own HTML is untouched and in place; the payload ends where it ended.
    expect(out.replace(/<script>[\s\S]*?<\/script>/g, "")).toBe(nextPage.replace(/<script>[\s\S]*?<\/script>/g, ""));
    expect(out.indexOf("self.__next_f.push([1,")).toBeGreaterThan(out.indexOf("</main>"));
    expect(out.indexOf("<footer>")).toBeGreaterThan(out.lastIndexOf("</script>"));
  });

  test("the served page's policy names one hash for the payload", () => {
    const hashes = (html: string | null) => /script-src ([^;]*)/.exec(html ?? "")![1]!.match(/'sha256-/g)!.length;
    const served = servedPage(nextPage);
    // The theme script, the payload's start and the one payload script.
    expect(hashes(served)).toBe(3);
    expect(pushed(served!)).toEqual(pushed(nextPage));
  });

  test("a page with one chunk or none is left as it is", () => {
    const one = ["<html><body>", "<script>(self.__next_f=self.__next_f||[]).push([0])</script>", push("0:{}\n"), "</body></html>"].join("");
    expect(oneFlightScript(one)).toBe(one);
    expect(oneFlightScript("<html><body><p>x</p></body></html>")).toBe("<html><body><p>x</p></body></html>");
  });

  test("a release that writes its payload another way: the page stays as Next.js wrote it, with one warning", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const variants = [
      // A chunk in another form (attributes, another push) beside ones read here.
      nextPage.replace(push('0:{"P":null,"c":["","en"]}\n'), '<script nonce="x">self.__next_f.push([1,"0:{}\\n"])</script>'),
      nextPage.replace(push("3:T80d,"), '<script>self.__next_f.push([2,"form state"])</script>'),
      // No start, or the start after a chunk.
      nextPage.replace("<script>(self.__next_f=self.__next_f||[]).push([0])</script>", ""),
      nextPage.replace("<script>(self.__next_f=self.__next_f||[]).push([0])</script>", "").replace("</main>", "</main><script>(self.__next_f=self.__next_f||[]).push([0])</script>"),
    ];
    for (const page of variants) expect(oneFlightScript(page)).toBe(page);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/one-flight-script/);
    warn.mockRestore();
  });
});
