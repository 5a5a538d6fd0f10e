// Does a cited page still answer? An error when it is gone (404, 410, a
// host that no longer resolves or refuses connections, after retries); a
// warning when it may be (timeouts, server errors, a redirect to the site's
// home page, the soft 404) or when an http:// link has an https:// twin.
import { networkFailure, USER_AGENT, type Pool } from "./http-pool";

export type UrlVerdict = { severity: "ok" } | { severity: "error" | "warning"; message: string };

export type CheckOptions = {
  /** Attempts after the first, for failures that may pass (network errors, 429, 5xx). */
  retries?: number;
  /** Milliseconds before a retry (doubled each time). */
  retryDelayMs?: number;
};

type Answer = { kind: "http"; status: number; statusText: string; finalUrl: string; redirected: boolean } | { kind: "failed"; failure: ReturnType<typeof networkFailure> };

async function request(pool: Pool, url: string): Promise<Answer> {
  return pool.run(url, async (signal) => {
    try {
      // GET, not HEAD: many servers answer HEAD wrongly (405, 403, 404).
      const response = await fetch(url, { signal, redirect: "follow", headers: { "user-agent": USER_AGENT, accept: "text/html,application/xhtml+xml,*/*;q=0.8" } });
      await response.body?.cancel().catch(() => undefined);
      return { kind: "http" as const, status: response.status, statusText: response.statusText, finalUrl: response.url, redirected: response.redirected };
    } catch (error) {
      return { kind: "failed" as const, failure: networkFailure(error) };
    }
  });
}

const mayPass = (a: Answer) => (a.kind === "failed" ? a.failure.kind !== "timeout" : a.status === 429 || a.status >= 500);

async function answer(pool: Pool, url: string, { retries = 2, retryDelayMs = 1_000 }: CheckOptions): Promise<Answer> {
  let last = await request(pool, url);
  for (let attempt = 0; attempt < retries && mayPass(last); attempt++) {
    await new Promise((r) => setTimeout(r, retryDelayMs * 2 ** attempt));
    last = await request(pool, url);
  }
  return last;
}

const isHome = (u: URL) => u.pathname === "/" || u.pathname === "" || /^\/(index\.html?)?$/.test(u.pathname) || /^\/[a-z]{2}(-[a-z]{2})?\/?$/i.test(u.pathname);

export async function checkUrl(pool: Pool, url: string, options: CheckOptions = {}): Promise<UrlVerdict> {
  const a = await answer(pool, url, options);
  if (a.kind === "failed") {
    const { kind, message } = a.failure;
    if (kind === "timeout") return { severity: "warning", message: `${message}; the site may be slow or down, check it in a browser` };
    if (kind === "dns" || kind === "refused") return { severity: "error", message: `${message}; the site may be gone, find where the article moved or cite another source` };
    return { severity: "warning", message };
  }
  if (a.status === 404 || a.status === 410) {
    return { severity: "error", message: `HTTP ${a.status}${a.statusText ? ` ${a.statusText}` : ""}: the page is gone; find where it moved or cite another source` };
  }
  if (a.status >= 500 || a.status === 429) return { severity: "warning", message: `HTTP ${a.status}${a.statusText ? ` ${a.statusText}` : ""}: the server failed; try again later` };
  if (a.status >= 400) return { severity: "warning", message: `HTTP ${a.status}${a.statusText ? ` ${a.statusText}` : ""}: the site refuses this checker; open it in a browser` };
  const from = new URL(url);
  const to = new URL(a.finalUrl);
  if (a.redirected && isHome(to) && !isHome(from)) {
    return { severity: "warning", message: `redirects to the home page (${a.finalUrl}): the article may be gone (a soft 404)` };
  }
  if (from.protocol === "http:") {
    const secure = `https:${url.slice("http:".length)}`;
    const b = await request(pool, secure);
    if (b.kind === "http" && b.status >= 200 && b.status < 300) return { severity: "warning", message: `use ${secure}: the page answers over https://` };
  }
  return { severity: "ok" };
}
