import type { MDXComponents } from "mdx/types";
import { Fragment, type ComponentPropsWithoutRef, type ReactNode } from "react";
import type { DigestSource } from "@/lib/content";
import type { DIGEST_COMPONENTS } from "@/lib/content/compile";

/** Translated headings, resolved by the caller: feeds render outside a request, so no next-intl hooks here. */
export type FeedLabels = {
  mainNews: string;
  analysis: string;
  conclusion: string;
  /** Before a news item's source links. */
  sources: string;
  /** The heading of the numbered source list. */
  sourceList: string;
};

type SectionProps = { title?: string; children?: ReactNode };
type NewsItemProps = { id?: string; title?: string; sources?: DigestSource[]; children?: ReactNode };
type SourceListProps = { sources?: DigestSource[] };

/** A URL as a feed reader must see it: absolute, resolved like the browser would on the post's page. */
function absolute(href: string | undefined, base: string): string | undefined {
  if (href === undefined) return undefined;
  try {
    return new URL(href, base).toString();
  } catch {
    return href;
  }
}

function Section({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <>
      <h2>{title}</h2>
      {children}
    </>
  );
}

/**
 * The digest components as plain semantic HTML for feed readers, which drop
 * classes and scripts and cannot resolve relative links. `postUrl` is the
 * post's absolute URL.
 */
export function feedComponents(labels: FeedLabels, postUrl: string) {
  return {
    a: ({ href, children, ...rest }: ComponentPropsWithoutRef<"a">) => (
      <a {...rest} href={absolute(href, postUrl)}>
        {children}
      </a>
    ),
    // Feed readers get the original at its absolute URL; the page's smaller copies and lazy loading are for browsers.
    img: ({ src, alt, width, height }: ComponentPropsWithoutRef<"img">) => (
      // eslint-disable-next-line @next/next/no-img-element -- markup for feed readers, not a page
      <img src={typeof src === "string" ? absolute(src, postUrl) : undefined} alt={alt ?? ""} width={width} height={height} />
    ),
    Lead: ({ children }: { children?: ReactNode }) => <>{children}</>,
    MainNews: ({ title, children }: SectionProps) => <Section title={title ?? labels.mainNews}>{children}</Section>,
    NewsItem: ({ title, sources = [], children }: NewsItemProps) => (
      <>
        <h3>{title}</h3>
        {children}
        {sources.length > 0 && (
          <p>
            {/* No colon after the label: its form (`:` or `：`) depends on the language. */}
            <strong>{labels.sources}</strong>
            {sources.map((s, i) => (
              <Fragment key={s.n}>
                {i > 0 ? " · " : " "}
                <a href={s.url}>{s.title}</a> ({s.domain}) [{s.n}]
              </Fragment>
            ))}
          </p>
        )}
      </>
    ),
    Analysis: ({ title, children }: SectionProps) => <Section title={title ?? labels.analysis}>{children}</Section>,
    Conclusion: ({ title, children }: SectionProps) => <Section title={title ?? labels.conclusion}>{children}</Section>,
    SourceList: ({ sources = [] }: SourceListProps) =>
      sources.length === 0 ? null : (
        <Section title={labels.sourceList}>
          <ol>
            {sources.map((s) => (
              <li key={s.n} value={s.n}>
                <a href={s.url}>{s.title}</a> ({s.domain})
              </li>
            ))}
          </ol>
        </Section>
      ),
  } satisfies MDXComponents & Record<(typeof DIGEST_COMPONENTS)[number], unknown>;
}
