"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";

type SearchLabels = {
  label: string;
  placeholder: string;
  submit: string;
  searching: string;
  noResults: string;
  resultsOne: string;
  resultsOther: string;
  unavailable: string;
  tags: string;
  categories: string;
};

/** Pagefind filters: by tag and category name, with how many posts carry each. */
type Filters = Record<string, Record<string, number>>;
const FILTER_KINDS = ["category", "tag"] as const;

type Result = { url: string; title: string; date?: string; excerpt: string };
type Pagefind = {
  options: (options: { baseUrl: string }) => Promise<void>;
  filters: () => Promise<Filters>;
  search: (q: string | null, options?: { filters?: Record<string, string[]> }) => Promise<{ results: { data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }> }[] }>;
};

// Built by scripts/build/search-index.mjs after `next build`, one index per language;
// loaded only on this page, and only the reader's language.
const pagefindUrl = (locale: string) => `/_next/static/pagefind/${encodeURIComponent(locale)}/pagefind.js`;
// Kept across client-side navigations (the language switcher goes from one search page to the other).
const loaded = new Map<string, Promise<Pagefind>>();

/** Pagefind marks matches with <mark>; everything else is shown as text, never as HTML. */
function Excerpt({ html }: { html: string }) {
  const text = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
  return (
    <>
      {html.split(/(<mark>.*?<\/mark>)/g).map((part, i) =>
        part.startsWith("<mark>") ? <mark key={i}>{text(part.slice(6, -7))}</mark> : <span key={i}>{text(part)}</span>,
      )}
    </>
  );
}

export function SearchBox({ locale, labels }: { locale: string; labels: SearchLabels }) {
  const [query, setQuery] = useState("");
  const [state, setState] = useState<{ status: "idle" | "busy" | "done" | "error"; query: string; results: Result[] }>({ status: "idle", query: "", results: [] });
  const [available, setAvailable] = useState<Filters>({});
  const [selected, setSelected] = useState<Record<string, string[]>>({});
  const input = useRef<HTMLInputElement>(null);

  function load() {
    // Pagefind prefixes result URLs with the folder above its bundle (/_next/static/)
    // unless told otherwise; the indexed URLs are already site paths.
    let pagefind = loaded.get(locale);
    if (!pagefind) {
      pagefind = (import(/* webpackIgnore: true */ /* turbopackIgnore: true */ pagefindUrl(locale)) as Promise<Pagefind>).then(async (pf) => {
        await pf.options({ baseUrl: "/" });
        return pf;
      });
      loaded.set(locale, pagefind);
    }
    return pagefind;
  }

  async function run(q: string, filters = selected) {
    const trimmed = q.trim();
    const filtering = Object.values(filters).some((v) => v.length > 0);
    if (!trimmed && !filtering) return setState({ status: "idle", query: "", results: [] });
    setState((s) => ({ ...s, status: "busy" }));
    try {
      const pf = await load();
      // The filters (tags and categories by name) appear with the first results, to narrow them.
      if (Object.keys(available).length === 0) setAvailable(await pf.filters());
      const found = await pf.search(trimmed || null, { filters });
      const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
      setState({
        status: "done",
        query: trimmed,
        results: data.map((d) => ({ url: d.url, title: d.meta.title ?? d.url, date: d.meta.date, excerpt: d.excerpt })),
      });
    } catch {
      loaded.delete(locale);
      setState({ status: "error", query: trimmed, results: [] });
    }
  }

  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get("q") ?? "";
    // Reading the URL once on load; the form keeps it in sync afterwards.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setQuery(q);
    if (q) void run(q);
    // Once, on load: later searches come from the form and the filter buttons.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const url = new URL(window.location.href);
    url.searchParams.set("q", query);
    window.history.replaceState(null, "", url);
    void run(query);
  }

  function toggle(kind: string, value: string) {
    const current = selected[kind] ?? [];
    const next = { ...selected, [kind]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value] };
    setSelected(next);
    void run(query, next);
  }

  const count = state.results.length;
  return (
    <div>
      <form role="search" onSubmit={submit} className="flex gap-2">
        <label htmlFor="search-q" className="sr-only">
          {labels.label}
        </label>
        <input
          ref={input}
          id="search-q"
          name="q"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={labels.placeholder}
          className="min-w-0 flex-1 rounded-full border border-line bg-card px-4 py-2 text-ink placeholder:text-muted"
        />
        <button type="submit" className="rounded-full bg-accent px-5 py-2 font-normal text-page hover:opacity-90">
          {labels.submit}
        </button>
      </form>
      {FILTER_KINDS.map((kind) =>
        Object.keys(available[kind] ?? {}).length === 0 ? null : (
          <fieldset key={kind} className="mt-4">
            <legend className="text-sm font-bold text-muted">{kind === "tag" ? labels.tags : labels.categories}</legend>
            <div className="mt-2 flex flex-wrap gap-2">
              {Object.entries(available[kind]!)
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([value, n]) => (
                  <button
                    key={value}
                    type="button"
                    aria-pressed={(selected[kind] ?? []).includes(value)}
                    onClick={() => toggle(kind, value)}
                    className="rounded-full border border-line px-3 py-1 text-sm hover:border-accent aria-pressed:border-accent aria-pressed:bg-accent-soft aria-pressed:text-accent"
                  >
                    {value} <span className="text-muted">({n})</span>
                  </button>
                ))}
            </div>
          </fieldset>
        ),
      )}
      <div aria-live="polite" className="mt-6">
        {state.status === "busy" && <p className="text-muted">{labels.searching}</p>}
        {state.status === "error" && <p className="text-muted">{labels.unavailable}</p>}
        {state.status === "done" && (
          <p className="text-sm text-muted">
            {count === 0
              ? labels.noResults.replace("{query}", state.query)
              : (count === 1 ? labels.resultsOne : labels.resultsOther).replace("{count}", String(count))}
          </p>
        )}
      </div>
      {state.status === "done" && count > 0 && (
        <ol className="mt-4 space-y-4">
          {state.results.map((r) => (
            <li key={r.url} className="rounded-2xl border border-line bg-card p-5">
              <h2 className="text-lg font-bold">
                <a href={r.url} className="hover:text-accent">
                  {r.title}
                </a>
              </h2>
              {r.date && <p className="mt-1 text-sm text-muted">{r.date}</p>}
              <p className="mt-2 text-sm leading-relaxed">
                <Excerpt html={r.excerpt} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
