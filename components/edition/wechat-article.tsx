import type { ReactNode } from "react";
import type { EditionContext } from "@/lib/edition/context";
import type { References } from "@/lib/edition/references";

/**
 * Rendered after the article body, so it lists every source and outside link
 * the body cited: titles and full addresses as plain text, since a 公众号
 * article cannot link outside WeChat.
 */
function WechatSources({ refs, title, note }: { refs: References; title: string; note: string }) {
  if (refs.citations.length === 0) return null;
  return (
    <section className="wx-refs">
      <h2 className="wx-h2">{title}</h2>
      <p className="wx-refs-note">{note}</p>
      {refs.citations.map((c) => (
        <p key={c.n} className="wx-ref">
          [{c.n}] {c.title !== c.url && (
            <>
              {c.title}
              <br />
            </>
          )}
          {c.url}
        </p>
      ))}
    </section>
  );
}

type Props = { ctx: EditionContext; refs: References; body: ReactNode };

/** The article body for the 公众号 editor; its title goes into the editor's own title field. */
export function WechatArticle({ ctx, refs, body }: Props) {
  const { labels } = ctx;
  return (
    <section className="wx-article">
      <p className="wx-meta">{[labels.siteName, labels.date, labels.issue].filter(Boolean).join(" · ")}</p>
      {body}
      <WechatSources refs={refs} title={labels.sourcesTitle} note={labels.wechatSourcesNote} />
    </section>
  );
}
