import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { DigestSource } from "@/lib/content";

type Props = { id?: string; title?: string; sources?: DigestSource[]; children?: ReactNode };

/** One `###` item of the main news, with its sources and citation numbers. */
export function NewsCard({ id = "news", title, sources = [], children }: Props) {
  const t = useTranslations("NewsCard");
  const number = /(\d+)$/.exec(id)?.[1];
  return (
    <article id={id} data-news-card aria-labelledby={`${id}-title`} className="scroll-mt-6 rounded-2xl border border-line bg-card p-5 shadow-sm sm:p-6">
      <h3 id={`${id}-title`} className="flex items-start gap-3 text-lg leading-snug font-bold sm:text-xl">
        {number && (
          <span aria-hidden="true" className="mt-0.5 inline-flex h-7 min-w-7 shrink-0 items-center justify-center rounded-full bg-accent-soft px-1.5 text-sm font-bold text-accent">
            {number}
          </span>
        )}
        <span>{title}</span>
      </h3>
      <div className="prose mt-3 max-w-none sm:prose-lg">{children}</div>
      {sources.length > 0 && (
        <footer className="mt-4 border-t border-line pt-3 text-sm">
          <span className="font-semibold text-muted">{t("sourcesLabel")}</span>
          <ul className="inline">
            {sources.map((s, i) => (
              <li key={s.n} className="inline">
                {i > 0 && <span aria-hidden="true"> · </span>}
                <a href={s.url} rel="noopener noreferrer" className="font-medium text-accent underline-offset-2 hover:underline">
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
