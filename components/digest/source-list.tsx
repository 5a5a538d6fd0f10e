import { useTranslations } from "next-intl";
import type { DigestSource } from "@/lib/content";
import { DigestSection } from "./section";

type Props = { sources?: DigestSource[] };

/** Every distinct source of the post, numbered as the news cards cite them. */
export function SourceList({ sources = [] }: Props) {
  const t = useTranslations("SourceList");
  if (sources.length === 0) return null;
  return (
    <DigestSection id="sources" title={t("title")}>
      <ol className="not-prose list-none space-y-3 p-0 text-sm">
        {sources.map((s) => (
          <li key={s.n} id={`source-${s.n}`} className="flex scroll-mt-6 gap-3">
            <span className="w-7 shrink-0 text-right font-bold text-accent">[{s.n}]</span>
            <span className="min-w-0">
              <a href={s.url} rel="noopener noreferrer" className="font-medium break-words text-ink underline decoration-line underline-offset-2 hover:decoration-accent">
                {s.title}
              </a>
              <span className="block text-muted">{s.domain}</span>
            </span>
          </li>
        ))}
      </ol>
    </DigestSection>
  );
}
