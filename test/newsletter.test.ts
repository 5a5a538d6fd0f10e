import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test, vi } from "vitest";
import { loadSiteSettings, parseSiteSettings } from "@/lib/content/site-settings";
import { FORM_STATUS_MODULE, formStatusAlias } from "@/lib/follow/form-status-alias";
import { newsletterForm } from "@/lib/follow/newsletter";
import { contentSecurityPolicy } from "@/lib/security-headers";

const parse = (yaml: string) => parseSiteSettings("content/site.yml", yaml);
const form = (yaml: string) => newsletterForm(parse(yaml).settings.newsletter!);

describe("site.yml: newsletter and wechat", () => {
  test("each provider's own embed form: endpoint, field names, honeypot", () => {
    expect(form("newsletter: { provider: buttondown, id: cnweekly }")).toEqual({
      provider: "buttondown", action: "https://buttondown.com/api/emails/embed-subscribe/cnweekly", origin: "https://buttondown.com",
      emailField: "email", hidden: [{ name: "embed", value: "1" }],
    });
    const mc = form("newsletter:\n  provider: mailchimp\n  action: https://example.us21.list-manage.com/subscribe/post?u=abc123&id=def456\n");
    expect(mc).toMatchObject({ action: "https://example.us21.list-manage.com/subscribe/post?u=abc123&id=def456", origin: "https://example.us21.list-manage.com", emailField: "EMAIL", honeypot: "b_abc123_def456", hidden: [] });
    const lm = form("newsletter:\n  provider: listmonk\n  url: https://lists.example.com/\n  lists: [0a1b2c3d-0000-4000-8000-000000000001, 0a1b2c3d-0000-4000-8000-000000000002]\n");
    expect(lm).toMatchObject({ action: "https://lists.example.com/subscription/form", origin: "https://lists.example.com", emailField: "email", honeypot: "nonce" });
    expect(lm.hidden).toEqual([{ name: "l", value: "0a1b2c3d-0000-4000-8000-000000000001" }, { name: "l", value: "0a1b2c3d-0000-4000-8000-000000000002" }]);
  });

  test("no newsletter, no wechat: nothing set, no error", () => {
    const { settings, issues } = parse("feed_aliases: [/blog/atom.xml]\n");
    expect(issues).toEqual([]);
    expect(settings.newsletter).toBeUndefined();
    expect(settings.wechat).toBeUndefined();
  });

  test("mistakes are errors at content/site.yml:line:col", () => {
    const at = (yaml: string) => parse(yaml).issues.map((i) => `${i.file}:${i.line}:${i.column} ${i.message}`);
    expect(at("newsletter:\n  provider: substack\n  id: x\n")[0]).toMatch(/^content\/site.yml:2:13 newsletter.provider: provider must be buttondown, mailchimp or listmonk/);
    expect(at("newsletter:\n  provider: mailchimp\n  action: https://x.list-manage.com/subscribe/post\n")[0]).toMatch(/^content\/site.yml:3:11 newsletter.action: .*u= and id=/);
    expect(at("newsletter:\n  provider: listmonk\n  url: lists.example.com\n  lists: [abc]\n").join("\n")).toMatch(/3:8 newsletter.url: .*https:\/\/[\s\S]*4:11 newsletter.lists.0: must be a list's UUID/);
    expect(at("wechat:\n  name: 云原生周报\n  qrcode: ./qr.png\n")).toContain('content/site.yml:2:3 wechat: unknown key "qrcode"; use name and qr');
  });

  test("the CSP lets forms post to the service's origin only, and to ours otherwise", () => {
    expect(contentSecurityPolicy()).toMatch(/form-action 'self';/);
    const csp = contentSecurityPolicy("https://buttondown.com");
    expect(csp).toMatch(/form-action 'self' https:\/\/buttondown\.com;/);
    expect(csp).toMatch(/connect-src 'self' https:\/\/buttondown\.com;/);
  });

  test("the WeChat QR code is checked like a post's image and published under /media", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "site-yml-"));
    try {
      mkdirSync(path.join(dir, "content", "posts"), { recursive: true });
      const load = () => loadSiteSettings(path.join(dir, "content", "posts"), (abs) => path.relative(dir, abs));
      writeFileSync(path.join(dir, "content", "site.yml"), "wechat:\n  name: 云原生周报\n  qr: ./wechat-qr.png\n");
      expect(load().issues.map((i) => `${i.file}:${i.line}:${i.column} ${i.message}`)).toEqual([
        'content/site.yml:3:7 image "./wechat-qr.png" not found: there is no wechat-qr.png in the folder of site.yml (names are case-sensitive)',
      ]);
      copyFileSync(path.resolve("e2e/fixtures/wechat-qr.png"), path.join(dir, "content", "wechat-qr.png"));
      const loaded = load();
      expect(loaded.issues).toEqual([]);
      expect(loaded.wechatQr).toMatchObject({ src: expect.stringMatching(/^\/media\/[0-9a-f]{16}\.png$/), width: 258, height: 258 });
      expect([...loaded.media.keys()]).toContain(loaded.wechatQr!.src.slice("/media/".length));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the form's script only where a form can be", () => {
  const site = (yaml: string | null) => {
    const root = mkdtempSync(path.join(tmpdir(), "digest-form-alias-"));
    mkdirSync(path.join(root, "content", "posts"), { recursive: true });
    if (yaml !== null) writeFileSync(path.join(root, "content", "site.yml"), yaml);
    return root;
  };
  const aliasFor = (root: string, nodeEnv: string) => {
    vi.stubEnv("DIGEST_CONTENT_DIR", path.join(root, "content", "posts"));
    vi.stubEnv("NODE_ENV", nodeEnv);
    try {
      return formStatusAlias();
    } finally {
      vi.unstubAllEnvs();
      rmSync(root, { recursive: true, force: true });
    }
  };

  test("a build with no newsletter swaps the status line for a module with no client code", () => {
    const alias = aliasFor(site("feed_aliases: [/blog/atom.xml]\n"), "production");
    expect(alias).toEqual({ [FORM_STATUS_MODULE]: "./components/follow/form-status.none.tsx" });
    expect(existsSync(alias[FORM_STATUS_MODULE]!)).toBe(true);
    expect(readFileSync(alias[FORM_STATUS_MODULE]!, "utf8")).not.toMatch(/use client/);
    expect(aliasFor(site(null), "production")).toEqual({ [FORM_STATUS_MODULE]: "./components/follow/form-status.none.tsx" });
  });

  test("a build with a newsletter, and next dev whatever the settings, keep the real one", () => {
    expect(aliasFor(site("newsletter: { provider: buttondown, id: cnweekly }\n"), "production")).toEqual({});
    expect(aliasFor(site(null), "development")).toEqual({});
  });

  test("the form imports it by the name the alias replaces", () => {
    expect(readFileSync("components/follow/subscribe-form.tsx", "utf8")).toContain(`from "${FORM_STATUS_MODULE}"`);
  });
});
