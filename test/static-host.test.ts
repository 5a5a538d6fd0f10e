import { runInNewContext } from "node:vm";
import { describe, expect, test } from "vitest";
import { LOCALE_REDIRECT_SCRIPT } from "@/lib/locale-redirect";
import { nginxServer } from "@/lib/static-host/nginx";
import { headersFile, redirectsFile } from "@/lib/static-host/pages-files";
import { fileFor } from "@/lib/static-host/redirect-pages";

// The plain-files build's host rules and its language choice without a server.
/** Runs the script as a browser at `path` would; returns where it sends the reader (null: it stays). */
function landing(path: string, { languages = ["en-US"], cookie = "" } = {}) {
  let to: string | null = null;
  const location = { pathname: path.split(/[?#]/)[0], search: /\?[^#]*/.exec(path)?.[0] ?? "", hash: /#.*/.exec(path)?.[0] ?? "", replace: (url: string) => void (to = url) };
  runInNewContext(LOCALE_REDIRECT_SCRIPT, { location, document: { cookie }, navigator: { languages, language: languages[0] } });
  return to;
}

describe("the language choice in the browser (static hosts)", () => {
  test("the cookie, then the first of the browser's languages the site has, else zh", () => {
    expect(landing("/")).toBe("/en");
    expect(landing("/index.html", { languages: ["fr-FR", "zh-TW", "en"] })).toBe("/zh");
    expect(landing("/", { languages: ["fr-FR", "de"] })).toBe("/zh");
    expect(landing("/", { languages: ["zh-CN"], cookie: "theme=dark; NEXT_LOCALE=en" })).toBe("/en");
    expect(landing("/", { languages: ["en"], cookie: "NEXT_LOCALE=fr" })).toBe("/en");
  });

  test("a path without a language keeps its path, query and fragment; others are left alone", () => {
    expect(landing("/posts/x?a=1#item-2", { languages: ["zh-CN"] })).toBe("/zh/posts/x?a=1#item-2");
    expect(landing("/archive/")).toBe("/en/archive");
    for (const stays of ["/zh/posts/x", "/en", "/favicon.ico", "/media/x.png"]) expect(landing(stays), stays).toBeNull();
  });
});

describe("Nginx's server block", () => {
  const conf = nginxServer({ root: "/srv/out", redirects: [{ from: "/%E4%BA%91/a.html", to: "/zh/posts/a", status: 308 }] });
  test("reads Accept-Language as next-intl would for the first language the site has", () => {
    const source = /"~\*(.+)" \$1;\n {2}default zh;/.exec(conf)![1]!.replace(/\\\\/g, "\\");
    const pick = (header: string) => new RegExp(source, "i").exec(header)?.[1] ?? "zh";
    expect(pick("en-US,en;q=0.9")).toBe("en");
    expect(pick("fr-FR, zh-TW;q=0.8, en;q=0.5")).toBe("zh");
    expect(pick("fr, de")).toBe("zh");
    expect(pick("english, en-GB")).toBe("en");
  });

  test("matches redirects on the decoded path and repeats the headers in every location", () => {
    expect(conf).toContain('location = "/云/a.html" {');
    const blocks = conf.split(/\n {2}location /).slice(1);
    for (const block of blocks) expect(block, block.split("\n")[0]).toContain('add_header X-Content-Type-Options "nosniff" always;');
  });
});

describe("_headers and _redirects", () => {
  test("a rule that replaces a site-wide header detaches it first on Cloudflare Pages, not on Netlify", () => {
    expect(headersFile()).toMatch(/\/media\/\*\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: default-src 'none'/);
    expect(headersFile({ netlify: true })).not.toContain("!");
    expect(redirectsFile([{ from: "/feed.xml", to: "/zh/atom.xml", status: 308 }])).toContain("\n/feed.xml /zh/atom.xml 308\n");
  });

  test("an old path's file is where a host without rules looks for it", () => {
    expect(fileFor("/a/b.html")).toBe("a/b.html");
    expect(fileFor("/a/b/")).toBe("a/b/index.html");
    expect(fileFor("/zh/posts/old")).toBe("zh/posts/old.html");
    expect(fileFor("/%E4%BA%91/x.html")).toBe("云/x.html");
    expect(fileFor("/feed.xml")).toBe("feed.xml");
  });
});

describe("redirect pages", () => {
  test("are never written outside the folder, whatever the path decodes to", async () => {
    const { writeRedirectPages } = await import("@/lib/static-host/redirect-pages");
    expect(() => writeRedirectPages("/tmp/digest-out-never", [{ from: "/%2E%2E/%2E%2E/etc/x", to: "/zh", status: 308 }])).toThrow(/outside/);
  });
});
