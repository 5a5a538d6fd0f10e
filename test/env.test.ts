import path from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import { env } from "@/lib/env";

// Every setting is read in lib/env.ts: defaults, and a clear error naming the variable for a bad value.
afterEach(() => vi.unstubAllEnvs());

describe("settings", () => {
  test("the site URL: SITE_URL, then NEXT_PUBLIC_SITE_URL, then Vercel's production domain, then localhost", () => {
    for (const name of ["SITE_URL", "NEXT_PUBLIC_SITE_URL", "VERCEL_PROJECT_PRODUCTION_URL", "PORT"]) vi.stubEnv(name, "");
    expect(env.siteUrl()).toBe("http://localhost:3000");
    vi.stubEnv("PORT", "4000");
    expect(env.siteUrl()).toBe("http://localhost:4000");
    vi.stubEnv("VERCEL_PROJECT_PRODUCTION_URL", "digest.vercel.app");
    expect(env.siteUrl()).toBe("https://digest.vercel.app");
    vi.stubEnv("NEXT_PUBLIC_SITE_URL", "https://public.example.com/");
    expect(env.siteUrl()).toBe("https://public.example.com");
    vi.stubEnv("SITE_URL", "https://digest.example.com/");
    expect(env.siteUrl()).toBe("https://digest.example.com");
  });

  test("a malformed value is an error that names the variable", () => {
    vi.stubEnv("SITE_URL", "digest.example.com");
    expect(() => env.siteUrl()).toThrow('SITE_URL must be an absolute URL such as https://digest.example.com, not "digest.example.com"');
    vi.stubEnv("SITE_URL", "ftp://digest.example.com");
    expect(() => env.siteUrl()).toThrow(/SITE_URL must start with https:\/\/ or http:\/\//);
    vi.stubEnv("DIGEST_PAGE_SIZE", "0");
    expect(() => env.pageSize()).toThrow('DIGEST_PAGE_SIZE must be a whole number of at least 1, not "0"');
  });

  test("defaults", () => {
    for (const name of ["DIGEST_PAGE_SIZE", "DIGEST_OG_PRERENDER", "DRAFT_SECRET", "DIGEST_CONTENT_DIR", "NEXT_DIST_DIR", "DIGEST_UNSUBSCRIBE_URL"]) vi.stubEnv(name, "");
    expect(env.pageSize()).toBe(10);
    expect(env.ogPrerenderCount()).toBe(20);
    expect(env.draftSecret()).toBeNull();
    expect(env.contentDir()).toBe(path.resolve("content/posts"));
    expect(env.distDir()).toBe(".next");
    expect(env.unsubscribeUrl()).toBeUndefined();
    vi.stubEnv("DIGEST_CONTENT_DIR", "e2e/fixtures/posts");
    expect(env.contentDir()).toBe(path.resolve("e2e/fixtures/posts"));
  });
});
