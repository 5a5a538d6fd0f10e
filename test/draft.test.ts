import { afterEach, describe, expect, test, vi } from "vitest";
import { GET } from "@/app/api/draft/route.server";
import { draftSecret, safeRedirectPath, secretMatches } from "@/lib/draft";
import { browserTarget, openRedirectPayloads } from "./open-redirect-payloads";

const ORIGIN = "https://digest.example.com";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("draftSecret", () => {
  test("is null when DRAFT_SECRET is unset or empty, so draft mode stays off", () => {
    vi.stubEnv("DRAFT_SECRET", undefined);
    expect(draftSecret()).toBeNull();
    vi.stubEnv("DRAFT_SECRET", "");
    expect(draftSecret()).toBeNull();
  });

  test("is the configured secret", () => {
    vi.stubEnv("DRAFT_SECRET", "s3cret");
    expect(draftSecret()).toBe("s3cret");
  });
});

describe("secretMatches", () => {
  test("accepts only the exact secret", () => {
    expect(secretMatches("s3cret", "s3cret")).toBe(true);
    expect(secretMatches(null, "s3cret")).toBe(false);
    expect(secretMatches("", "s3cret")).toBe(false);
    expect(secretMatches("s3cre", "s3cret")).toBe(false);
    expect(secretMatches("s3cretX", "s3cret")).toBe(false);
    expect(secretMatches("S3CRET", "s3cret")).toBe(false);
  });

  test("compares bytes, not characters (no throw on same length, different bytes)", () => {
    expect(secretMatches("é", "ab")).toBe(false);
    expect(secretMatches("草稿", "草稿")).toBe(true);
  });
});

describe("safeRedirectPath", () => {
  test("keeps a path on this site with its query and hash", () => {
    expect(safeRedirectPath("/zh/posts/a?b=1#c", ORIGIN)).toBe("/zh/posts/a?b=1#c");
    expect(safeRedirectPath("/", ORIGIN)).toBe("/");
    expect(safeRedirectPath("/zh/posts/../tags", ORIGIN)).toBe("/zh/tags");
  });

  test.each(["//x", "//evil.example/zh", "/\\evil", "/\\\\evil", "https://x", "http://digest.example.com/zh", "javascript:alert(1)", "x/y", "", null])(
    "refuses %j",
    (path) => {
      expect(safeRedirectPath(path, ORIGIN)).toBeNull();
    },
  );

  test("refuses paths that resolve to another host (/.//host, /%2e//host, /x/..//host, /./\\host)", () => {
    for (const path of ["/.//evil.example/phish", "/%2e//x", "/x/..//x", "/./\\x", "/..//x"]) expect(safeRedirectPath(path, ORIGIN), path).toBeNull();
  });

  test("keeps every known open-redirect payload on the site", () => {
    const payloads = openRedirectPayloads();
    expect(payloads.length).toBeGreaterThan(40);
    for (const payload of payloads) {
      const path = safeRedirectPath(payload, ORIGIN);
      if (path === null) continue;
      expect(browserTarget(path, ORIGIN), JSON.stringify(payload)).toBe(ORIGIN);
      expect(path, JSON.stringify(payload)).toMatch(/^\/(?![/\\])/);
    }
  });

  test("refuses a path that a URL parser would take off the site", () => {
    // Tabs and newlines are stripped by URL parsers: "/\t/evil" becomes "//evil".
    expect(safeRedirectPath("/\t/evil.example", ORIGIN)).toBeNull();
  });
});

describe("GET /api/draft", () => {
  const get = (query: string) => GET(new Request(`${ORIGIN}/api/draft${query}`));

  test("answers 404 when DRAFT_SECRET is unset, whatever the request", async () => {
    vi.stubEnv("DRAFT_SECRET", undefined);
    for (const query of ["", "?secret=", "?secret=anything&path=/zh/posts/a", "?secret=undefined&path=/"]) {
      const response = await get(query);
      expect(response.status).toBe(404);
      expect(response.headers.get("location")).toBeNull();
      expect(response.headers.get("set-cookie")).toBeNull();
    }
  });

  test("answers 401 without the right secret", async () => {
    vi.stubEnv("DRAFT_SECRET", "s3cret");
    for (const query of ["", "?path=/zh", "?secret=wrong&path=/zh", "?secret=s3cre&path=/zh"]) {
      const response = await get(query);
      expect(response.status).toBe(401);
      expect(response.headers.get("set-cookie")).toBeNull();
    }
  });

  test("answers 400 for a path off the site", async () => {
    vi.stubEnv("DRAFT_SECRET", "s3cret");
    for (const path of ["//evil.example", "https://evil.example", "/\\evil"]) {
      const response = await get(`?secret=s3cret&path=${encodeURIComponent(path)}`);
      expect(response.status).toBe(400);
      expect(response.headers.get("location")).toBeNull();
    }
  });
});
