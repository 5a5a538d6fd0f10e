// Fetching many feeds or links politely: a bounded number of requests at
// once, one at a time per host (a site is never hit in parallel), a timeout
// on every request, and failures named the way an editor can act on them.

export type PoolOptions = {
  /** Requests in flight at once across all hosts. */
  concurrency?: number;
  /** Milliseconds before a request is given up (AbortSignal.timeout). */
  timeoutMs?: number;
  /** Milliseconds to wait between two requests to the same host. */
  perHostDelayMs?: number;
};

export type Pool = {
  /** Runs `fn` with a timeout signal when both a slot and the URL's host are free. */
  run<T>(url: string, fn: (signal: AbortSignal) => Promise<T>): Promise<T>;
};

export function createPool({ concurrency = 6, timeoutMs = 15_000, perHostDelayMs = 0 }: PoolOptions = {}): Pool {
  let active = 0;
  const waiting: (() => void)[] = [];
  const hostTail = new Map<string, Promise<unknown>>();

  const acquire = async () => {
    if (active >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
  };
  const release = () => {
    active--;
    waiting.shift()?.();
  };

  return {
    run(url, fn) {
      let host = url;
      try {
        host = new URL(url).host;
      } catch {
        // Not a URL: it fails on its own, in its own queue.
      }
      const previous = hostTail.get(host) ?? Promise.resolve();
      const mine = previous.then(async () => {
        await acquire();
        try {
          return await fn(AbortSignal.timeout(timeoutMs));
        } finally {
          release();
          if (perHostDelayMs > 0) await new Promise((r) => setTimeout(r, perHostDelayMs));
        }
      });
      // The next request to this host waits for this one, whatever its outcome.
      hostTail.set(host, mine.catch(() => undefined));
      return mine;
    },
  };
}

export type FailureKind = "dns" | "refused" | "timeout" | "reset" | "network";

/** What went wrong below HTTP, from undici's error and its cause. */
export function networkFailure(error: unknown): { kind: FailureKind; message: string } {
  const e = error as { name?: string; code?: string; message?: string; cause?: { code?: string; message?: string; name?: string } };
  if (e?.name === "TimeoutError" || e?.cause?.name === "TimeoutError") return { kind: "timeout", message: "timed out" };
  const code = e?.cause?.code ?? e?.code;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EAI_NONAME") return { kind: "dns", message: "DNS: the host name does not resolve" };
  if (code === "ECONNREFUSED") return { kind: "refused", message: "connection refused" };
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET") return { kind: "reset", message: "connection reset" };
  if (code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT" || code === "UND_ERR_CONNECT_TIMEOUT") return { kind: "timeout", message: "timed out" };
  return { kind: "network", message: e?.cause?.message ?? e?.message ?? String(error) };
}

/** The User-Agent of both commands: sites that block anonymous clients let a named one through. */
export const USER_AGENT = "cloud-native-digest-editor/1.0 (npm run gather; npm run links:check)";
