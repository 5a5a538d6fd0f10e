import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { renderEditions, type Editions } from "@/components/edition/render";
import type { Locale } from "@/i18n/routing";
import { resetContentCache } from "@/lib/content/store";
import { loadEdition } from "@/lib/edition/load";
import { sanitizeWechatHtml } from "@/lib/edition/wechat-html";
import { ROOT, tempDir, write } from "./cli";

// The seed's digest (four items, five sources, two on one item) with inline
// links, code, a three-level list, a table and an image: e2e/fixtures/posts.
const SEED = "edition-sovereign-edge-draft";
const FIXTURES = [SEED, "mdx-service-mesh-roundup", "zh-only-edge-gitops"];
const SITE = "https://digest.example";
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

const env = { ...process.env };
let dir = "";

/** How a URL appears in HTML: in an attribute or in text, `&` is `&amp;`. */
const inHtml = (url: string) => url.replace(/&/g, "&amp;");
const canonical = (locale: Locale, slug: string) => `${SITE}/${locale}/posts/${slug}`;

async function editions(locale: Locale, slug: string): Promise<Editions> {
  const loaded = await loadEdition(locale, slug);
  if (loaded.kind !== "ok") throw new Error(`${locale}/${slug}: ${JSON.stringify(loaded)}`);
  return renderEditions(loaded.edition);
}

/** The opening tags of an HTML string, with their names. */
const tags = (html: string) => [...html.matchAll(/<([a-z][a-z0-9]*)\b[^>]*>/g)].map((m) => ({ name: m[1]!, tag: m[0] }));

/** How deep lists nest in the HTML. */
function listDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)(ul|ol)\b[^>]*>/g)) {
    depth += m[1] ? -1 : 1;
    max = Math.max(max, depth);
  }
  return max;
}

beforeAll(() => {
  dir = tempDir("digest-edition-");
  const posts = path.join(dir, "content", "posts");
  for (const slug of FIXTURES) cpSync(path.join(ROOT, "e2e", "fixtures", "posts", slug), path.join(posts, slug), { recursive: true });
  // The same post with an issue number and a picture of its own folder.
  for (const locale of ["zh", "en"]) {
    const text = readFileSync(path.join(posts, SEED, `${locale}.md`), "utf8")
      .replace("draft: true\n", "issue: 42\n")
      .replace("](https://example.com/images/edge-architecture.png)", "](./chart.png)");
    write(dir, `content/posts/numbered-issue/${locale}.md`, text);
  }
  writeFileSync(path.join(posts, "numbered-issue", "chart.png"), PNG);
  // A later post that takes the same number: an error the build would stop on.
  write(dir, "content/posts/taken-number/zh.md", '---\ntitle: "重号"\ndate: 2026-02-01\nissue: 42\n---\n\n导语。\n');
  process.env.DIGEST_CONTENT_DIR = posts;
  process.env.SITE_URL = SITE;
  delete process.env.DIGEST_UNSUBSCRIBE_URL;
  resetContentCache();
});

afterAll(() => {
  for (const key of ["DIGEST_CONTENT_DIR", "SITE_URL", "DIGEST_UNSUBSCRIBE_URL"]) {
    if (env[key] === undefined) delete process.env[key];
    else process.env[key] = env[key];
  }
  resetContentCache();
  rmSync(dir, { recursive: true, force: true });
});

const cases: [Locale, string][] = [
  ["zh", SEED], ["en", SEED], ["zh", "mdx-service-mesh-roundup"], ["en", "mdx-service-mesh-roundup"], ["zh", "zh-only-edge-gitops"],
];

describe.each(cases)("the %s editions of %s", (locale, slug) => {
  let e: Editions;
  beforeAll(async () => {
    e = await editions(locale, slug);
  });

  test("every source URL is in the email HTML, its text part and the WeChat HTML", () => {
    expect(e.ctx.post.sources.length).toBeGreaterThan(0);
    for (const { url } of e.ctx.post.sources) {
      expect(e.email.html).toContain(`href="${inHtml(url)}"`);
      expect(e.email.text).toContain(url);
      expect(e.wechat.html).toContain(inHtml(url));
      expect(e.wechat.document).toContain(inHtml(url));
    }
  });

  test("the email's web link is the post's canonical URL, in the HTML and the text part", () => {
    const label = locale === "zh" ? "在网页上阅读" : "Read on the web";
    const url = canonical(locale, slug);
    expect(e.ctx.postUrl).toBe(url);
    expect(e.email.html).toMatch(new RegExp(`<a href="${url}"[^>]*>(?:(?!</a>).)*${label}`));
    expect(e.email.text).toContain(`${label} ${url}`);
  });

  test("the email has a preheader from the lead, the site name and the date, 600 px, inline styles only", () => {
    const preheader = /<div [^>]*data-skip-in-text="true"[^>]*>([^<]*)/.exec(e.email.html)?.[1] ?? "";
    expect(preheader.length).toBeGreaterThan(10);
    expect(e.ctx.post.lead.replace(/\s+/g, " ")).toContain(preheader.replace(/…$/, ""));
    expect(e.email.html).toContain(locale === "zh" ? "云原生周报" : "Cloud Native Weekly");
    expect(e.email.html).toContain(e.ctx.labels.date);
    if (slug === SEED) expect(e.ctx.labels.date).toBe(locale === "zh" ? "2026年1月18日" : "January 18, 2026");
    expect(e.email.html).toContain("max-width:600px");
    expect(e.email.html).not.toMatch(/<style|<script|\sclass=/i);
  });

  test("the text part holds every URL of the HTML, the merge tag included", () => {
    const hrefs = [...e.email.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
    expect(hrefs).toContain("{{unsubscribe_url}}");
    for (const href of hrefs) expect(e.email.text).toContain(href);
  });

  test("the WeChat HTML has no class, id, <style>, <script>, <link> and no link outside WeChat", () => {
    for (const html of [e.wechat.html, e.wechat.document]) {
      expect(html).not.toMatch(/\s(class|id)=/i);
      expect(html).not.toMatch(/<(style|script|link)\b/i);
      for (const m of html.matchAll(/<a\b[^>]*>/g)) expect(m[0]).toMatch(/^<a href="https:\/\/mp\.weixin\.qq\.com\//);
    }
    expect(e.wechat.html.startsWith("<section style=")).toBe(true);
  });

  test("every element the stylesheet styles carries its style inline", () => {
    const styled = tags(e.wechat.html).filter((t) => /^(p|h[1-6]|ul|ol|li|sup|code|img|table|th|td|blockquote|a|strong)$/.test(t.name));
    expect(styled.length).toBeGreaterThan(10);
    for (const { tag } of styled) expect(tag).toMatch(/\sstyle="[^"]+"/);
  });

  test("each outside link is its text and a superscript number from the Sources list, which prints title and full URL", () => {
    const list = e.wechat.html.slice(e.wechat.html.indexOf(locale === "zh" ? "参考来源</h2>" : "Sources</h2>"));
    const listed = [...list.matchAll(/<p [^>]*>\[(\d+)\] ([^<]*)(?:<br>)?([^<]*)<\/p>/g)].map((m) => ({ n: Number(m[1]), title: m[2]!, url: m[3] || m[2]! }));
    expect(listed.map((c) => c.n)).toEqual(e.wechat.citations.map((c) => c.n));
    expect(listed.map((c) => c.url)).toEqual(e.wechat.citations.map((c) => inHtml(c.url)));
    const cited = new Set([...e.wechat.html.matchAll(/<sup [^>]*>\[(\d+)\]<\/sup>/g)].map((m) => Number(m[1])));
    expect([...cited].sort((a, b) => a - b)).toEqual(e.wechat.citations.map((c) => c.n));
    // The post's own numbering comes first, as on the web page.
    expect(e.wechat.citations.slice(0, e.ctx.post.sources.length).map((c) => c.url)).toEqual(e.ctx.post.sources.map((s) => s.url));
  });
});

describe("the seed's WeChat edition", () => {
  test.each(["zh", "en"] as const)("%s: inline links, code, lists and images follow the editor's rules", async (locale) => {
    const { wechat } = await editions(locale, SEED);
    const urls = wechat.citations.map((c) => c.url);
    // Outside links and links to the site are cited; a link within the page is just its text.
    expect(urls).toContain("https://kubernetes.io/docs/concepts/overview/");
    expect(urls).toContain(`${SITE}/${locale}/posts/sovereign-edge-ai-kubernetes`);
    expect(urls.some((u) => u.includes("#item-1"))).toBe(false);
    expect(wechat.html).toMatch(/<span style="[^"]*">(Kubernetes 官方文档|the Kubernetes documentation)<\/span><sup style="[^"]*">\[6\]<\/sup>/);
    expect(wechat.html).toMatch(/<a href="https:\/\/mp\.weixin\.qq\.com\/s\/edge-computing-101" style="[^"]*">/);
    expect(wechat.html).toContain("clusters:<br>&nbsp;&nbsp;edge-shanghai:<br>&nbsp;&nbsp;&nbsp;&nbsp;overlays:<br>");
    expect(listDepth(wechat.html)).toBe(2);
    expect(wechat.html).toContain(locale === "zh" ? "– 站点级别的 GPU 配额" : "– Per-site GPU quotas");
    expect(wechat.images).toEqual(["https://example.com/images/edge-architecture.png"]);
    expect(wechat.html).toMatch(/<img src="https:\/\/example\.com\/images\/edge-architecture\.png" alt="[^"]+" style="[^"]+">/);
  });

  test("the email keeps the links, with absolute addresses", async () => {
    const { email } = await editions("zh", SEED);
    expect(email.html).toContain(`href="${SITE}/zh/posts/sovereign-edge-ai-kubernetes"`);
    expect(email.html).toContain(`href="${SITE}/zh/posts/${SEED}#item-1"`);
    expect(email.html).toMatch(/<img [^>]*src="https:\/\/example\.com\/images\/edge-architecture\.png"[^>]*width="536"/);
  });
});

describe("issue numbers, images of the post's folder, the unsubscribe link", () => {
  test.each([["zh", "第 42 期"], ["en", "Issue 42"]] as const)("%s: %s in the email and the WeChat article", async (locale, label) => {
    const { email, wechat } = await editions(locale, "numbered-issue");
    expect(email.html).toContain(label);
    expect(wechat.html).toContain(label);
  });

  test("a picture beside the post gets its published, absolute address", async () => {
    const { email, wechat } = await editions("en", "numbered-issue");
    expect(wechat.images).toHaveLength(1);
    expect(wechat.images[0]).toMatch(new RegExp(`^${SITE}/media/[0-9a-f]+\\.png$`));
    expect(email.html).toContain(`src="${wechat.images[0]}"`);
    expect(wechat.html).toContain(`src="${wechat.images[0]}"`);
  });

  test("without DIGEST_UNSUBSCRIBE_URL the merge tag is {{unsubscribe_url}}; with it, the service's own", async () => {
    expect((await editions("en", SEED)).email.html).toMatch(/<a href="\{\{unsubscribe_url\}\}"[^>]*>Unsubscribe<\/a>/);
    for (const tag of ["*|UNSUB|*", "{{ unsubscribe_url }}", "{{ UnsubscribeURL }}"]) {
      process.env.DIGEST_UNSUBSCRIBE_URL = tag;
      const { email } = await editions("en", SEED);
      expect(email.html).toContain(`href="${tag}"`);
      expect(email.text).toContain(`Unsubscribe ${tag}`);
    }
    delete process.env.DIGEST_UNSUBSCRIBE_URL;
  });
});

describe("a post the build would refuse", () => {
  test("has no edition, and its errors are the content check's", async () => {
    const loaded = await loadEdition("zh", "taken-number");
    expect(loaded.kind).toBe("invalid");
    const issues = loaded.kind === "invalid" ? loaded.issues : [];
    expect(issues.map((i) => `${i.line}:${i.column} ${i.severity}`)).toContain("4:1 error");
    expect(issues.some((i) => i.message.startsWith('issue 42 is already the number of "numbered-issue"'))).toBe(true);
  });
});

describe("sanitizeWechatHtml", () => {
  test("keeps styles, drops classes, ids, scripts and outside links, and turns containers into sections", () => {
    const html =
      '<div class="x" id="y" style="color: red;" data-a="1"><script>alert(1)</script><style>p{}</style>' +
      '<a href="https://example.com/?a=1&amp;b=2" title="t">out</a> <a href="https://mp.weixin.qq.com/s/abc">in</a>' +
      '<pre>a&lt;b</pre><img src="https://e.example/x.png" alt="A" onerror="x"></div>';
    expect(sanitizeWechatHtml(html)).toBe(
      '<section style="color: red;">out <a href="https://mp.weixin.qq.com/s/abc">in</a><section>a&lt;b</section><img src="https://e.example/x.png" alt="A"></section>',
    );
  });
});
