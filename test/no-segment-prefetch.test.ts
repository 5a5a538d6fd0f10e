import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, test, vi } from "vitest";

// scripts/build/no-segment-prefetch.cjs, preloaded into static generation: it must
// find Next.js's one statement that collects segment prefetch data in the
// installed runtime, and leave that data undefined without collecting it.
const require = createRequire(import.meta.url);
const { withoutSegmentPrefetch } = require("../scripts/build/no-segment-prefetch.cjs") as { withoutSegmentPrefetch: (source: string, filename: string) => string };

const runtimes = ["app-page-turbo", "app-page"].map((name) => require.resolve(`next/dist/compiled/next-server/${name}.runtime.prod.js`));

describe("static generation without segment prefetch files", () => {
  test.each(runtimes)("the installed runtime's collecting statement is found once and short-circuited: %s", (file) => {
    const source = readFileSync(file, "utf8");
    const changed = withoutSegmentPrefetch(source, file);
    expect(changed.match(/\.segmentData=await [\w$]+\.collectSegmentData\(/g)).toBeNull();
    expect(changed.match(/\.segmentData=void 0&&await [\w$]+\.collectSegmentData\(/g)).toHaveLength(1);
    // Nothing else changes.
    expect(changed.length).toBe(source.length + "void 0&&".length);
  });

  test("the changed statement leaves segmentData undefined and never collects", async () => {
    const source = "async function collect(i,r){i.segmentData=await r.collectSegmentData(1,2)}";
    const collect = new Function(`${withoutSegmentPrefetch(source, "snippet.js")}; return collect;`)() as (
      metadata: { segmentData?: unknown },
      mod: { collectSegmentData: () => Promise<unknown> },
    ) => Promise<void>;
    let calls = 0;
    const metadata: { segmentData?: unknown } = { segmentData: "before" };
    await collect(metadata, { collectSegmentData: async () => (calls++, new Map()) });
    expect(calls).toBe(0);
    expect(metadata.segmentData).toBeUndefined();
  });

  test("a runtime without that statement (another Next.js version) is left as it is, with one warning naming the step", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      expect(withoutSegmentPrefetch("i.segmentData=collect()", "runtime.js")).toBe("i.segmentData=collect()");
      const twice = "a.segmentData=await b.collectSegmentData(1);c.segmentData=await d.collectSegmentData(2)";
      expect(withoutSegmentPrefetch(twice, "runtime.js")).toBe(twice);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]![0])).toMatch(/^warning: no-segment-prefetch: expected one .* found 0/);
    } finally {
      warn.mockRestore();
    }
  });
});
