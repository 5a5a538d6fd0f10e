import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { DigestSource } from "@/lib/content";

/** `id`: the item's anchor (item-N or the editor's own); `n`: its position in the main news. */
type Props = { id?: string; n?: number; title?: string; sources?: DigestSource[]; children?: ReactNode };

/** One `###` item of the main news, with its sources and citation numbers. */
export function NewsCard({ id = "item", n, title, sources = [], children }: Props) {
  const t = useTranslations("NewsCard");
  return (
    // Opened as /posts/<slug>#item-2, the card scrolls into view with a ring around it.
    <article id={id} data-news-card aria-labelledby={`${id}-title`} className="group scroll-mt-6 rounded-2xl border border-line bg-card p-5 shadow-sm target:border-accent target:ring-2 target:ring-accent sm:p-6">
      <div className="flex items-start gap-3">
        <h3 id={`${id}-title`} className="flex min-w-0 flex-1 items-start gap-3 text-lg leading-snug font-bold sm:text-xl">
          {n && (
            <span aria-hidden="true" className="mt-0.5 inline-flex h-7 min-w-7 shrink-0 items-center justify-center rounded-full bg-accent-soft px-1.5 text-sm font-bold text-accent">
              {n}
            </span>
          )}
          <span>{title}</span>
        </h3>
        {/* Beside the heading, not in it: the card's name stays its title. */}
        <a href={`#${id}`} aria-label={t("itemLink", { title: title ?? "" })} data-pagefind-ignore className="mt-0.5 shrink-0 rounded px-1 text-base text-muted hover:text-accent focus-visible:text-accent">
          #
        </a>
      </div>
      <div className="prose mt-3 max-w-none sm:prose-lg">{children}</div>
      {sources.length > 0 && (
        <footer className="mt-4 border-t border-line pt-3 text-sm">
          <span className="font-bold text-muted">{t("sourcesLabel")}</span>
          <ul className="inline">
            {sources.map((s, i) => (
              <li key={s.n} className="inline">
                {i > 0 && <span aria-hidden="true"> · </span>}
                <a href={s.url} rel="noopener noreferrer" className="font-normal text-accent underline decoration-line underline-offset-2 hover:decoration-accent">
                  {s.title}
                </a>{" "}
                <span className="text-muted">({s.domain})</span>{" "}
                <a href={`#source-${s.n}`} id={`cite-${id}-${s.n}`} aria-label={t("citation", { n: s.n })} className="align-super text-xs font-bold text-accent">
                  [{s.n}]
                </a>
              </li>
            ))}
          </ul>
        </footer>
      )}
    </article>
  );
}
