import { describe, expect, test } from "vitest";
import { UNDECODABLE } from "@/lib/undecodable-path";

const undecodable = new RegExp(`^${UNDECODABLE}$`);
const decodes = (path: string) => {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
};

describe("the undecodable-path rewrite pattern", () => {
  test("matches exactly the paths decodeURIComponent refuses", () => {
    const samples = [
      "zh/posts/sovereign-edge-ai-kubernetes",
      "zh/tags/%E4%BA%91%E5%8E%9F%E7%94%9F",
      "zh/tags/%e4%ba%91",
      "zh/posts/%F0%9F%98%80",
      "zh/tags/%25",
      "zh/posts/%FF%FE",
      "zh/tags/%C3%28",
      "%FF",
      "zh/posts/%",
      "zh/posts/%2",
      "zh/posts/%zz",
      "zh/posts/%C0%80",
      "zh/posts/%ED%A0%80",
      "zh/posts/%F4%90%80%80",
      "zh/posts/%E4%BA",
    ];
    for (const path of samples) expect([path, undecodable.test(path)]).toEqual([path, !decodes(path)]);
  });

  test("agrees with decodeURIComponent on random percent-encoded bytes", () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const seen = { decodable: 0, undecodable: 0 };
    for (let i = 0; i < 50_000; i++) {
      let path = "zh/";
      for (let j = 0, n = 1 + Math.floor(random() * 4); j < n; j++) {
        // Mostly continuation bytes after a random lead, so that valid sequences of every length occur.
        const byte = j > 0 && random() < 0.7 ? 0x80 + Math.floor(random() * 0x40) : Math.floor(random() * 0x100);
        path += random() < 0.9 ? `%${byte.toString(16).padStart(2, "0")}` : "a";
      }
      expect([path, undecodable.test(path)]).toEqual([path, !decodes(path)]);
      seen[decodes(path) ? "decodable" : "undecodable"]++;
    }
    expect(Math.min(seen.decodable, seen.undecodable)).toBeGreaterThan(10_000);
  });
});
