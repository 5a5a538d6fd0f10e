import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * A real HTTP server on 127.0.0.1 with recorded responses, for the commands
 * that talk to the network (gather, links:check): never the internet, never a
 * stubbed fetch. Shared by the unit tests and the inbox e2e.
 */
export type Handler = (req: IncomingMessage, res: ServerResponse) => void;
export type FixtureServer = { origin: string; hits: (pathname: string) => number; close: () => Promise<void> };

export async function startFixtureServer(routes: Record<string, Handler>): Promise<FixtureServer> {
  const hits = new Map<string, number>();
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? "/", "http://x").pathname;
    hits.set(pathname, (hits.get(pathname) ?? 0) + 1);
    const route = routes[pathname];
    if (route) route(req, res);
    else res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hits: (pathname) => hits.get(pathname) ?? 0,
    close: () =>
      new Promise((resolve) => {
        // The request that never gets an answer would keep the server open.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const FEEDS = fileURLToPath(new URL("./fixtures/feeds/", import.meta.url));
const fixture = (name: string) => readFileSync(path.join(FEEDS, name));

/** A file with its validators: answers 304 when the client already has this version. */
export function conditional(name: string, type: string, validators: { etag?: string; lastModified?: string }): Handler {
  return (req, res) => {
    const fresh = (validators.etag && req.headers["if-none-match"] === validators.etag) || (validators.lastModified && req.headers["if-modified-since"] === validators.lastModified);
    const headers = { ...(validators.etag ? { etag: validators.etag } : {}), ...(validators.lastModified ? { "last-modified": validators.lastModified } : {}) };
    if (fresh) res.writeHead(304, headers).end();
    else res.writeHead(200, { "content-type": type, ...headers }).end(fixture(name));
  };
}

export const serve = (name: string, type: string): Handler => (_req, res) => res.writeHead(200, { "content-type": type }).end(fixture(name));
export const redirect = (status: number, location: string): Handler => (_req, res) => res.writeHead(status, { location }).end();
export const status = (code: number): Handler => (_req, res) => res.writeHead(code, { "content-type": "text/html" }).end(`<h1>${code}</h1>`);
/** Accepts the request and never answers. */
export const hang: Handler = () => undefined;
/** Answers after `ms`. */
export const slow = (ms: number): Handler => (_req, res) => {
  const timer = setTimeout(() => res.writeHead(200, { "content-type": "text/html" }).end("<h1>late</h1>"), ms);
  res.on("close", () => clearTimeout(timer));
};

/** The followed feeds of the tests, in the shapes real sites serve. */
export const FEED_ROUTES: Record<string, Handler> = {
  "/k8s/feed.xml": conditional("atom-blog.xml", "application/atom+xml; charset=utf-8", { etag: '"atom-v1"' }),
  "/news/feed/": conditional("rss-news.xml", "application/rss+xml; charset=UTF-8", { lastModified: "Thu, 05 Mar 2026 10:00:00 GMT" }),
  "/platform/feed.json": serve("json-feed.json", "application/feed+json"),
  "/vendor/rss.xml": redirect(301, "/vendor/moved.xml"),
  "/vendor/moved.xml": redirect(301, "/vendor/notes.rss"),
  "/vendor/notes.rss": serve("rss-091.xml", "application/rss+xml"),
  "/blog/": serve("not-a-feed.html", "text/html; charset=utf-8"),
  "/gone/feed.xml": status(404),
  "/stuck/feed.xml": hang,
};

/** An OPML file following those feeds, grouped as a feed reader exports them. */
export function fixtureOpml(origin: string): string {
  const o = (title: string, url: string) => `      <outline type="rss" text="${title}" title="${title}" xmlUrl="${origin}${url}" htmlUrl="${origin}/"/>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>Fixture subscriptions</title></head>
  <body>
    <outline text="Projects" title="Projects">
${o("Kubernetes Blog", "/k8s/feed.xml")}
${o("Vendor Notes", "/vendor/rss.xml")}
    </outline>
    <outline text="News" title="News">
${o("Cloud Native News", "/news/feed/")}
${o("Platform Weekly", "/platform/feed.json")}
    </outline>
${o("Moved Blog", "/blog/")}
${o("Gone Feed", "/gone/feed.xml")}
${o("Stuck Feed", "/stuck/feed.xml")}
  </body>
</opml>
`;
}
