import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, describe, expect, test, vi } from "vitest";
import { feedComponents, type FeedLabels } from "@/components/feed/feed-components";
import type { Locale } from "@/i18n/routing";
import type { Post } from "@/lib/content";
import { compilePost } from "@/lib/content/compile";
import { parsePostDate } from "@/lib/content/dates";
import { buildFeed, feedLanguage } from "@/lib/feed/build";
import { toAtom, toJsonFeed, toRss } from "@/lib/feed/formats";
import { renderBody } from "@/lib/feed/html";
import { sitemapEntries } from "@/lib/feed/sitemap";

const SITE = "https://digest.example.test";
const HOSTILE = `Ampersand & <script>alert("x")</script> 'quotes'`;

vi.stubEnv("SITE_URL", SITE);
afterAll(() => {
  vi.unstubAllEnvs();
});

function post(overrides: Partial<Post> & { slug: string; locale: Locale }): Post {
  return {
    file: `content/posts/${overrides.slug}/${overrides.locale}.md`,
    title: "A digest",
    date: parsePostDate("2026-01-05 09:30:00 +0800")!,
    author: "Cloud Native Observer",
    categories: ["testing"],
    tags: ["escaping", "kubernetes"],
    description: "The lead.",
    lead: "The lead.",
    status: "published",
    readingMinutes: 1,
    newsCount: 1,
    sources: [],
    issues: [],
    ...overrides,
  };
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false, trimValues: false });

/** Parses XML, failing the test with the validator's message when it is not well-formed. */
function parseXml(text: string) {
  const valid = XMLValidator.validate(text);
  expect(valid === true ? true : valid.err).toBe(true);
  return xml.parse(text);
}

/** What a reader shows for an Atom text construct of `type="html"`. */
const decodeHtml = (html: string) =>
  html.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[e]!);

const asArray = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

function hostileFeed(locale: Locale, content = "<p>Body &amp; more</p>") {
  const p = post({ slug: "hostile-title-escaping", locale, title: HOSTILE, description: `Summary with ${HOSTILE}` });
  return buildFeed({ locale, title: "Site & <Name>", description: "About", posts: [p], html: new Map([[p.slug, content]]) });
}

describe("feeds", () => {
  test("RSS 2.0 is well-formed and carries the exact title, language and absolute links", () => {
    for (const locale of ["zh", "en"] as const) {
      const { rss } = parseXml(toRss(hostileFeed(locale)));
      const channel = rss.channel;
      expect(channel.title).toBe("Site & <Name>");
      expect(channel.language).toBe(locale === "zh" ? "zh-CN" : "en");
      expect(channel.link).toBe(`${SITE}/${locale}`);
      expect(channel["atom:link"]["@href"]).toBe(`${SITE}/${locale}/feed.xml`);
      const item = channel.item;
      expect(item.title).toBe(HOSTILE);
      expect(item.link).toBe(`${SITE}/${locale}/posts/hostile-title-escaping`);
      expect(item.guid["#text"]).toBe(item.link);
      // RSS descriptions are HTML: the plain-text summary is escaped once more.
      expect(decodeHtml(item.description)).toBe(`Summary with ${HOSTILE}`);
      expect(item["content:encoded"]).toBe("<p>Body &amp; more</p>");
      expect(item.pubDate).toBe("Mon, 05 Jan 2026 01:30:00 GMT");
      expect(asArray(item.category)).toEqual(["escaping", "kubernetes"]);
    }
  });

  test("Atom is well-formed, declares its language and carries the exact title", () => {
    for (const locale of ["zh", "en"] as const) {
      const { feed } = parseXml(toAtom(hostileFeed(locale)));
      expect(feed["@xml:lang"]).toBe(feedLanguage[locale]);
      expect(feed.title).toBe("Site & <Name>");
      const links = asArray(feed.link);
      expect(links.find((l) => l["@rel"] === "self")["@href"]).toBe(`${SITE}/${locale}/atom.xml`);
      expect(links.find((l) => l["@rel"] === "alternate")["@href"]).toBe(`${SITE}/${locale}`);
      const entry = feed.entry;
      expect(entry.title["@type"]).toBe("html");
      // type="html": the XML text is escaped HTML, so no reader sees a <script> element.
      expect(entry.title["#text"]).not.toContain("<script");
      expect(decodeHtml(entry.title["#text"])).toBe(HOSTILE);
      expect(decodeHtml(entry.summary["#text"])).toBe(`Summary with ${HOSTILE}`);
      expect(entry.id).toBe(`${SITE}/${locale}/posts/hostile-title-escaping`);
      expect(entry.link["@href"]).toBe(entry.id);
      expect(entry.published).toBe("2026-01-05T01:30:00.000Z");
      expect(entry.updated).toBe("2026-01-05T01:30:00.000Z");
      expect(entry.author.name).toBe("Cloud Native Observer");
      expect(asArray(entry.category).map((c) => c["@term"])).toEqual(["escaping", "kubernetes"]);
    }
  });

  test("JSON Feed 1.1 parses, with the exact title, language and absolute ids", () => {
    for (const locale of ["zh", "en"] as const) {
      const json = JSON.parse(toJsonFeed(hostileFeed(locale)));
      expect(json.version).toBe("https://jsonfeed.org/version/1.1");
      expect(json.language).toBe(feedLanguage[locale]);
      expect(json.feed_url).toBe(`${SITE}/${locale}/feed.json`);
      expect(json.home_page_url).toBe(`${SITE}/${locale}`);
      const [item] = json.items;
      expect(item.title).toBe(HOSTILE);
      expect(item.summary).toBe(`Summary with ${HOSTILE}`);
      expect(item.id).toBe(`${SITE}/${locale}/posts/hostile-title-escaping`);
      expect(item.url).toBe(item.id);
      expect(item.content_html).toBe("<p>Body &amp; more</p>");
      expect(item.date_published).toBe("2026-01-05T01:30:00.000Z");
      expect(item.authors).toEqual([{ name: "Cloud Native Observer" }]);
      expect(item.tags).toEqual(["escaping", "kubernetes"]);
    }
  });

  test("updated is the newest change; items keep the given order", () => {
    const older = post({ slug: "older", locale: "en", date: parsePostDate("2026-01-01")!, updated: parsePostDate("2026-01-20 10:00:00 +0000")! });
    const newer = post({ slug: "newer", locale: "en", date: parsePostDate("2026-01-10")! });
    const feed = buildFeed({ locale: "en", title: "T", description: "D", posts: [newer, older], html: new Map([["older", "<p>o</p>"], ["newer", "<p>n</p>"]]) });
    const { feed: atom } = parseXml(toAtom(feed));
    expect(atom.updated).toBe("2026-01-20T10:00:00.000Z");
    expect(atom.entry.map((e: { id: string }) => e.id)).toEqual([`${SITE}/en/posts/newer`, `${SITE}/en/posts/older`]);
    expect(atom.entry[1].published).toBe("2025-12-31T16:00:00.000Z");
  });

  test("a moved post keeps the entry id its old feed gave it (feed_id) in RSS, Atom and JSON Feed; others keep theirs", () => {
    const OLD = "https://old.example.com/news/service-mesh-update";
    const moved = post({ slug: "service-mesh-update", locale: "zh", feedId: OLD });
    const fresh = post({ slug: "fresh", locale: "zh" });
    const feed = buildFeed({ locale: "zh", title: "T", description: "D", posts: [moved, fresh], html: new Map([[moved.slug, "<p>m</p>"], [fresh.slug, "<p>f</p>"]]) });
    const { rss } = parseXml(toRss(feed));
    expect(rss.channel.item.map((i: { guid: Record<string, string> }) => [i.guid["#text"], i.guid["@isPermaLink"]])).toEqual([
      [OLD, "false"],
      [`${SITE}/zh/posts/fresh`, "true"],
    ]);
    expect(rss.channel.item[0].link).toBe(`${SITE}/zh/posts/service-mesh-update`);
    const { feed: atom } = parseXml(toAtom(feed));
    expect(atom.entry.map((e: { id: string }) => e.id)).toEqual([OLD, `${SITE}/zh/posts/fresh`]);
    expect(atom.entry[0].link["@href"]).toBe(`${SITE}/zh/posts/service-mesh-update`);
    const json = JSON.parse(toJsonFeed(feed));
    expect(json.items.map((i: { id: string; url: string }) => [i.id, i.url])).toEqual([
      [OLD, `${SITE}/zh/posts/service-mesh-update`],
      [`${SITE}/zh/posts/fresh`, `${SITE}/zh/posts/fresh`],
    ]);
  });

  test("a post without a rendered body is an error, not a silent gap", () => {
    expect(() => buildFeed({ locale: "en", title: "T", description: "D", posts: [post({ slug: "x", locale: "en" })], html: new Map() })).toThrow(
      /content\/posts\/x\/en\.md/,
    );
  });

  test("control characters and ]]> cannot break the XML", () => {
    const feed = buildFeed({
      locale: "en",
      title: "T",
      description: "D",
      posts: [post({ slug: "x", locale: "en", title: "Bell\u0007 ]]> once", description: "a ]]> b ]]> c" })],
      html: new Map([["x", "<p>]]&gt; and ]]&gt;</p>"]]),
    });
    const rss = parseXml(toRss(feed)).rss.channel.item;
    expect(rss.title).toBe("Bell ]]> once");
    expect(decodeHtml(rss.description)).toBe("a ]]> b ]]> c");
    expect(decodeHtml(parseXml(toAtom(feed)).feed.entry.title["#text"])).toBe("Bell ]]> once");
  });

  test("control characters in any field (author, tags, names) are dropped from every feed", () => {
    // What XML 1.0 cannot hold, even escaped; the content check refuses it, the writers must not depend on that.
    const bad = "\u0001\u0008\u000B\u001B\uFFFE\uFFFF\uD800";
    const p = post({ slug: "x", locale: "en", title: `T${bad}`, author: `Eve ${bad}`, description: `D${bad}`, tags: [`t${bad}`], categories: [`c${bad}`] });
    const feed = buildFeed({
      locale: "en", title: `Site${bad}`, description: `About${bad}`, posts: [p],
      html: new Map([["x", `<p>Body${bad}</p>`]]), itemTitle: (q) => `${q.title}${bad}`, tagName: (tag) => `Name ${tag}`,
    });
    const rss = parseXml(toRss(feed)).rss.channel;
    expect([rss.title, rss.item.title, rss.item["dc:creator"] ?? rss.item.author, rss.item.category]).toEqual(["Site", "T", "Eve ", "Name t"]);
    const atom = parseXml(toAtom(feed)).feed;
    expect([atom.entry.author.name, atom.entry.category["@term"], atom.entry.category["@label"], atom.entry.content["#text"]]).toEqual(["Eve ", "t", "Name t", "<p>Body</p>"]);
    const json = toJsonFeed(feed);
    expect(JSON.parse(json).items[0].authors).toEqual([{ name: "Eve " }]);
    expect(json).not.toMatch(/\\u(000[0-8bB]|001[bB]|[fF]{3}[eEfF]|[dD]800)/);
  });

  test("what the XML writer cannot carry fails the build, naming the post", () => {
    const feedWith = (p: Partial<Post>) =>
      buildFeed({ locale: "en", title: "T", description: "D", posts: [post({ slug: "x", locale: "en", ...p })], html: new Map([["x", ""]]) });
    expect(() => toRss(feedWith({ title: "a ]]> b ]]> c" }))).toThrow(/a \]\]> b/);
    expect(() => toAtom(feedWith({ title: "Odd", tags: ["<b>"] }))).toThrow(/"<b>" of "Odd"/);
  });
});

const LABELS: FeedLabels = { mainNews: "Main News", analysis: "Analysis", conclusion: "Conclusion", sources: "Source", sourceList: "Sources" };
const BODY = `Lead with a [relative link](/en/tags/kubernetes) & an ![image](./diagram.png).

## Main News

### Item <one> & "two"

Body text.

**Source:** [Report & notes](https://example.com/report?a=1&b=2)

## Analysis

Because ]]> appears here.

## Conclusion

Done.
`;

describe("feed HTML", () => {
  test("the digest renders as plain semantic HTML with absolute URLs", async () => {
    const { Content, issues } = await compilePost({ file: "content/posts/x/en.md", body: BODY, format: "md", title: "X" });
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    const html = await renderBody(Content!, feedComponents(LABELS, `${SITE}/en/posts/x`));
    expect(html).not.toMatch(/class=|<script|<article|<section/);
    expect(html).toContain(`<a href="${SITE}/en/tags/kubernetes">relative link</a>`);
    expect(html).toContain(`src="${SITE}/en/posts/diagram.png"`);
    expect(html).toContain("<h2>Main News</h2>");
    expect(html).toContain("<h3>Item &lt;one&gt; &amp; &quot;two&quot;</h3>");
    expect(html).toContain(`<strong>Source</strong> <a href="https://example.com/report?a=1&amp;b=2">Report &amp; notes</a> (example.com) [1]`);
    expect(html).toContain("<h2>Analysis</h2>");
    expect(html).toContain("<h2>Conclusion</h2>");
    expect(html).toMatch(/<h2>Sources<\/h2><ol><li value="1"><a href="https:\/\/example.com\/report\?a=1&amp;b=2">/);
    expect(html).not.toContain("]]>");

    const p = post({ slug: "x", locale: "en", title: HOSTILE });
    const feed = buildFeed({ locale: "en", title: "T", description: "D", posts: [p], html: new Map([["x", html]]) });
    expect(parseXml(toRss(feed)).rss.channel.item["content:encoded"]).toBe(html);
    expect(parseXml(toAtom(feed)).feed.entry.content["#text"]).toBe(html);
  });
});

describe("sitemap", () => {
  const zh = [post({ slug: "both", locale: "zh", tags: ["标签"], categories: ["cloud-native"] }), post({ slug: "zh-only", locale: "zh", tags: ["标签"] })];
  const en = [
    post({ slug: "both", locale: "en", tags: ["kubernetes"], categories: ["cloud-native"], updated: parsePostDate("2026-02-01")! }),
    post({ slug: "en-only", locale: "en", tags: ["kubernetes"] }),
  ];
  const entries = sitemapEntries((locale) => (locale === "zh" ? zh : en));
  const byUrl = new Map(entries.map((e) => [e.url, e]));

  test("lists every page once, with absolute URLs", () => {
    const urls = entries.map((e) => e.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const path of ["/zh", "/en", "/zh/tags", "/en/tags", "/zh/archive", "/en/archive", "/zh/posts/both", "/en/posts/both", "/zh/posts/zh-only", "/en/posts/en-only"])
      expect(urls).toContain(`${SITE}${path}`);
    expect(urls).toContain(`${SITE}/zh/tags/${encodeURIComponent("标签")}`);
    expect(urls).not.toContain(`${SITE}/en/tags/${encodeURIComponent("标签")}`);
    expect(urls).toContain(`${SITE}/zh/categories/cloud-native`);
    expect(urls).not.toContain(`${SITE}/en/posts/zh-only`);
  });

  test("alternates list only existing translations, reciprocally, plus x-default", () => {
    for (const entry of entries) {
      const languages = entry.alternates!.languages! as Record<string, string>;
      expect(Object.values(languages)).toContain(entry.url);
      for (const [lang, href] of Object.entries(languages)) {
        if (lang === "x-default") continue;
        expect(byUrl.get(href)?.alternates?.languages).toEqual(languages);
      }
    }
    expect(byUrl.get(`${SITE}/en/posts/both`)!.alternates!.languages).toEqual({
      "zh-Hans": `${SITE}/zh/posts/both`,
      en: `${SITE}/en/posts/both`,
      "x-default": `${SITE}/zh/posts/both`,
    });
    expect(byUrl.get(`${SITE}/en/posts/en-only`)!.alternates!.languages).toEqual({ en: `${SITE}/en/posts/en-only`, "x-default": `${SITE}/en/posts/en-only` });
  });

  test("posts carry their last change; lists their newest post's", () => {
    expect(byUrl.get(`${SITE}/en/posts/both`)!.lastModified).toBe("2026-02-01T00:00:00+08:00");
    expect(byUrl.get(`${SITE}/zh/posts/both`)!.lastModified).toBe("2026-01-05T09:30:00+08:00");
    expect(byUrl.get(`${SITE}/en`)!.lastModified).toBe("2026-02-01T00:00:00+08:00");
  });
});
