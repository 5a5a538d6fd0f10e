import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { CompileInput } from "@/lib/content/compile";
import { render } from "./render";

const input = (lead: string, extra: Partial<CompileInput> = {}): CompileInput => ({
  file: "content/posts/x/en.md",
  body: `${lead}\n\n## Main News\n\n### Item\n\n**Source:** [s](https://example.com/a)\n`,
  format: "md",
  title: "X",
  ...extra,
});

let cacheDir = "";
const cached = () => readdirSync(path.join(cacheDir, "mdx")).filter((f) => f.endsWith(".json"));

beforeEach(() => {
  cacheDir = mkdtempSync(path.join(tmpdir(), "digest-mdx-cache-"));
  vi.stubEnv("NODE_ENV", "production");
  vi.stubEnv("DIGEST_BUILD_CACHE", cacheDir);
});

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(cacheDir, { recursive: true, force: true });
});

describe("a production build keeps each post's compiled body for the next build", () => {
  test("the same input is compiled once: the next build runs the kept code", async () => {
    const first = await render(input("The lead."));
    expect(first.html).toContain("The lead.");
    expect(cached()).toHaveLength(1);
    // Proof that the kept code is what runs: edit it by hand.
    const file = path.join(cacheDir, "mdx", cached()[0]!);
    writeFileSync(file, readFileSync(file, "utf8").replace("The lead.", "The kept lead."));
    const second = await render(input("The lead."));
    expect(second.html).toContain("The kept lead.");
    expect(second.issues).toEqual(first.issues);
  });

  test("any change to the body, the title, the source or the images compiles again", async () => {
    await render(input("The lead."));
    const variants = [
      input("The lead, corrected."),
      input("The lead.", { title: "Y" }),
      input("The lead.", { source: "https://example.com/b" }),
      input("The lead.", { images: { "./c.png": { src: "/media/0123456789abcdef.png", width: 10, height: 10, variants: [] } } }),
      input("The lead.", { file: "content/posts/y/en.md" }),
      input("The lead.", { format: "mdx" }),
    ];
    for (const v of variants) await render(v);
    expect(cached()).toHaveLength(1 + variants.length);
    expect((await render(input("The lead, corrected."))).html).toContain("The lead, corrected.");
  });

  test("the warnings come back with the kept code", async () => {
    const warned = input("The lead.", { body: "The lead.\n\n## Main News\n\n### Item\n\nNo source.\n" });
    const first = await render(warned);
    expect(first.issues.length).toBeGreaterThan(0);
    const second = await render(warned);
    expect(second.issues).toEqual(first.issues);
  });

  test("a post with errors is never kept", async () => {
    const broken = await render(input("The lead.", { body: "<script>alert(1)</script>\n", format: "mdx" }));
    expect(broken.html).toBeNull();
    expect(broken.issues.some((i) => i.severity === "error")).toBe(true);
    expect(readdirSync(cacheDir)).toEqual([]);
  });

  test("outside a production build, nothing is kept", async () => {
    vi.stubEnv("NODE_ENV", "development");
    await render(input("The lead."));
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("DIGEST_BUILD_CACHE", "");
    await render(input("The lead."));
    expect(readdirSync(cacheDir)).toEqual([]);
  });
});
