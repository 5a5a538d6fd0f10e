import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, test, vi } from "vitest";

// scripts/build/csp-at-write.cjs, preloaded into static generation: every page Next.js's
// file writer is handed gets its Content-Security-Policy <meta> (scripts/build/csp.cjs)
// before it reaches the disk; nothing else it writes changes.
const require = createRequire(import.meta.url);
const { addPolicyOnAppend } = require("../scripts/build/csp-at-write.cjs") as { addPolicyOnAppend: (writer: unknown) => void };
const { MultiFileWriter } = require("next/dist/lib/multi-file-writer") as {
  MultiFileWriter: new (fs: { mkdir: (dir: string) => Promise<unknown>; writeFile: (file: string, data: unknown) => Promise<void> }) => {
    append: (file: string, data: unknown) => void;
    wait: () => Promise<unknown>;
  };
};

const sha = (s: string) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;
const page = (head = "") => `<!DOCTYPE html><html><head><meta charSet="utf-8"/>${head}</head><body><script>self.x=1</script><script type="application/ld+json">{}</script><script src="/a.js"></script></body></html>`;

async function written(files: [string, unknown][]) {
  const disk = new Map<string, unknown>();
  const writer = new MultiFileWriter({ mkdir: async () => undefined, writeFile: async (file, data) => void disk.set(file, data) });
  for (const [file, data] of files) writer.append(file, data);
  await writer.wait();
  return disk;
}

describe("each prerendered page gets its policy as static generation writes it", () => {
  test("the preload is installed on the file writer Next.js's static generation uses", async () => {
    const file = path.join("/build", ".next", "server", "app", "zh", "posts", "x.html");
    const disk = await written([[file, page()]]);
    const html = String(disk.get(file));
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/.exec(html)?.[1];
    // Right after the charset, allowing the one inline script by its hash and the data block without one.
    expect(html.startsWith('<!DOCTYPE html><html><head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy"')).toBe(true);
    expect(policy).toBe(`script-src 'self' 'wasm-unsafe-eval' ${sha("self.x=1")}; object-src 'none'; base-uri 'self'`);
  });

  test("a page given as bytes is handled like text", async () => {
    const file = path.join("/b", "server", "app", "en.html");
    const disk = await written([[file, Buffer.from(page())]]);
    expect(String(disk.get(file))).toContain(sha("self.x=1"));
  });

  test("payloads, metadata, pages outside the app folder and pages that have a policy are written as given", async () => {
    const app = path.join("/b", "server", "app");
    const given: [string, unknown][] = [
      [path.join(app, "zh.rsc"), "0:{}"],
      [path.join(app, "zh.meta"), "{}"],
      [path.join("/b", "static", "x.html"), page()],
      [path.join(app, "en.html"), page('<meta http-equiv="Content-Security-Policy" content="script-src \'none\'"/>')],
    ];
    const disk = await written(given);
    for (const [file, data] of given) expect(disk.get(file)).toBe(data);
  });

  test("a file writer without append, or none at all (another Next.js version), is left alone with one warning naming the step", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const Writer = class {};
      expect(() => addPolicyOnAppend(Writer)).not.toThrow();
      expect(() => addPolicyOnAppend(undefined)).not.toThrow();
      expect(Object.getOwnPropertyNames(Writer.prototype)).toEqual(["constructor"]);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]![0])).toMatch(/^warning: csp-at-write: /);
    } finally {
      warn.mockRestore();
    }
  });
});
