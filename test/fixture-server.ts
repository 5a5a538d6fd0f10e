import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { createServer as createNetServer } from "node:net";
import { Duplex } from "node:stream";
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

/** The request handler of a fixture server: the routes, a 404 for the rest, and a count of the hits per path. */
function listener(routes: Record<string, Handler>, hits: Map<string, number>): Handler {
  return (req, res) => {
    const pathname = new URL(req.url ?? "/", "http://x").pathname;
    hits.set(pathname, (hits.get(pathname) ?? 0) + 1);
    const route = routes[pathname];
    if (route) route(req, res);
    else res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>");
  };
}

export async function startFixtureServer(routes: Record<string, Handler>): Promise<FixtureServer> {
  const hits = new Map<string, number>();
  const server = createServer(listener(routes, hits));
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

/**
 * The same routes over http:// and https:// on one port (the first byte of a
 * connection tells a TLS handshake from plain HTTP), with a certificate for
 * 127.0.0.1 made by openssl in `dir`: a child process trusts it through
 * NODE_EXTRA_CA_CERTS. For the check that an http:// link has an https:// twin.
 */
export async function startDualServer(routes: Record<string, Handler>, dir: string): Promise<FixtureServer & { ca: string }> {
  const key = path.join(dir, "key.pem");
  const ca = path.join(dir, "cert.pem");
  const made = spawnSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", ca, "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"], { encoding: "utf8" });
  if (made.status !== 0) throw new Error(`openssl: ${made.stderr}`);
  const hits = new Map<string, number>();
  const plain = createServer(listener(routes, hits));
  const secure = createHttpsServer({ key: readFileSync(key), cert: readFileSync(ca) }, listener(routes, hits));
  const front = createNetServer((socket) => {
    socket.once("data", (first) => {
      if (first[0] !== 0x16) {
        socket.pause();
        socket.unshift(first);
        plain.emit("connection", socket);
        socket.resume();
        return;
      }
      // TLS reads the socket's handle, not its stream, so the bytes already read are replayed through a stream.
      const replay = new Duplex({
        read() {},
        write: (chunk, encoding, done) => void socket.write(chunk, encoding, done),
        final: (done) => void socket.end(done),
      });
      replay.push(first);
      socket.on("data", (chunk) => replay.push(chunk));
      socket.on("end", () => replay.push(null));
      socket.on("error", () => replay.destroy());
      secure.emit("connection", replay);
    });
  });
  await new Promise<void>((resolve) => front.listen(0, "127.0.0.1", resolve));
  const { port } = front.address() as AddressInfo;
  return {
    origin: `127.0.0.1:${port}`,
    ca,
    hits: (pathname) => hits.get(pathname) ?? 0,
    close: async () => {
      plain.closeAllConnections();
      secure.closeAllConnections();
      await new Promise((resolve) => front.close(resolve));
    },
  };
}
