import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ROOT, runScript, tempDir, write } from "./cli";

const SLUG = "edition-sovereign-edge-draft";
const SITE = { SITE_URL: "https://digest.example" };

describe("npm run edition", { timeout: 120_000 }, () => {
  let dir = "";
  const read = (rel: string) => readFileSync(path.join(dir, rel), "utf8");

  beforeAll(() => {
    dir = tempDir("digest-edition-cli-");
    for (const slug of [SLUG, "zh-only-edge-gitops"]) {
      cpSync(path.join(ROOT, "e2e", "fixtures", "posts", slug), path.join(dir, "content", "posts", slug), { recursive: true });
    }
    write(dir, "content/posts/broken-digest/en.md", '---\ntitle: "Broken"\ndate: 2026-13-45\n---\n\nLead.\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("writes the email (HTML and text) and the WeChat article for both languages, and says the post is a draft", () => {
    const run = runScript("edition.ts", [SLUG], dir, SITE);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    for (const locale of ["zh", "en"]) {
      expect(readdirSync(path.join(dir, "editions", SLUG, locale)).sort()).toEqual(["email.html", "email.txt", "wechat.html"]);
      expect(run.lines).toContain(`note: content/posts/${SLUG}/${locale}.md is a draft (draft: true); the edition is written anyway: publish the post before you send it`);
      expect(run.lines).toContain(`wrote editions/${SLUG}/${locale}/wechat.html`);
      const url = `https://digest.example/${locale}/posts/${SLUG}`;
      expect(read(`editions/${SLUG}/${locale}/email.html`)).toContain(`href="${url}"`);
      expect(read(`editions/${SLUG}/${locale}/email.txt`)).toContain(url);
      expect(read(`editions/${SLUG}/${locale}/wechat.html`)).toMatch(/^<!DOCTYPE html>\n<html lang="(zh-Hans|en)">\n<head><meta charset="utf-8">/);
    }
    // The editor is reminded to upload the images in the WeChat editor.
    expect(run.lines).toContain("    https://example.com/images/edge-architecture.png");
  });

  test("--locale and --out pick one language and the folder", () => {
    const run = runScript("edition.ts", [SLUG, "--locale", "en", "--out", "out/issue"], dir, SITE);
    expect(run.status).toBe(0);
    expect(readdirSync(path.join(dir, "out", "issue"))).toEqual(["en"]);
    expect(run.lines.filter((l) => l.startsWith("wrote "))).toEqual(["wrote out/issue/en/email.html", "wrote out/issue/en/email.txt", "wrote out/issue/en/wechat.html"]);
  });

  test("a post in one language: that language only, and it says so", () => {
    const run = runScript("edition.ts", ["zh-only-edge-gitops", "--out", "one"], dir, SITE);
    expect(run.status).toBe(0);
    expect(run.lines).toContain('note: "zh-only-edge-gitops" has no en version yet; writing zh only');
    expect(readdirSync(path.join(dir, "one"))).toEqual(["zh"]);
  });

  test.each([
    [["no-such-post"], 'error: no post "no-such-post": there is no content/posts/no-such-post/zh.md or en.md'],
    [[SLUG, "--locale", "fr"], 'error: unknown locale "fr"; use zh or en'],
    [["zh-only-edge-gitops", "--locale", "en"], 'error: "zh-only-edge-gitops" has no en version (zh only)'],
  ])("%j is a one-line error and exit code 1", (args, message) => {
    const run = runScript("edition.ts", args, dir, SITE);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`${message}\n`);
  });

  test("a post with content errors fails with content:check's file:line:col messages and writes nothing", () => {
    const run = runScript("edition.ts", ["broken-digest", "--out", "broken"], dir, SITE);
    expect(run.status).toBe(1);
    const [issue, ...rest] = run.stderr.split("\n");
    expect(issue).toMatch(/^content\/posts\/broken-digest\/en\.md:3:7 error: date "2026-13-45" is not a valid date/);
    expect(rest).toEqual(["error: fix the errors above (npm run content:check lists them too); no edition was written", ""]);
    expect(runScript("content-check.ts", [], dir).lines).toContain(issue);
    expect(existsSync(path.join(dir, "broken"))).toBe(false);
  });
});
