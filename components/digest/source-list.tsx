import { useTranslations } from "next-intl";
import type { DigestSource } from "@/lib/content";
import { DigestSection } from "./section";

/** For each source number, the items that cite it (their anchor and position). */
type Props = { sources?: DigestSource[]; citedBy?: Record<number, { id: string; n: number }[]> };

/** Every distinct source of the post, numbered as the news cards cite them. */
export function SourceList({ sources = [], citedBy = {} }: Props) {
  const t = useTranslations("SourceList");
  if (sources.length === 0) return null;
  return (
    <DigestSection id="sources" title={t("title")}>
      <ol className="not-prose list-none space-y-3 p-0 text-sm">
        {sources.map((s) => (
          <li key={s.n} id={`source-${s.n}`} className="flex scroll-mt-6 gap-3">
            <span className="w-7 shrink-0 text-right font-bold text-accent">[{s.n}]</span>
            <span className="min-w-0">
              <a href={s.url} rel="noopener noreferrer" className="font-normal break-words text-ink underline decoration-line underline-offset-2 hover:decoration-accent">
                {s.title}
              </a>
              <span className="block text-muted">
                {s.domain}
                {(citedBy[s.n] ?? []).map((item) => (
                  <a key={item.id} href={`#${item.id}`} aria-label={t("backTo", { n: item.n })} data-pagefind-ignore className="ml-2 font-bold text-accent hover:underline">
                    ↩{item.n}
                  </a>
                ))}
              </span>
            </span>
          </li>
        ))}
      </ol>
    </DigestSection>
  );
}
