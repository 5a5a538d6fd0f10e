import type { MDXComponents } from "mdx/types";
import { Children, cloneElement, Fragment, isValidElement, type ComponentPropsWithoutRef, type ReactElement, type ReactNode } from "react";
import type { DigestSource } from "@/lib/content";
import type { EditionContext } from "@/lib/edition/context";
import type { References } from "@/lib/edition/references";
import { mapTree, textOf } from "@/lib/edition/tree";
import { isFragmentOf, isWechatArticleUrl, resolveUrl } from "@/lib/edition/urls";

type SectionProps = { title?: string; children?: ReactNode };
type NewsItemProps = { id?: string; n?: number; title?: string; sources?: DigestSource[]; children?: ReactNode };
type ListProps = { children?: ReactNode; start?: number; depth?: number };

/** A 公众号 article shows two levels of list well; deeper items become indented lines. */
const MAX_LIST_DEPTH = 2;

/** Code keeps its spaces and line breaks as &nbsp; and <br> (the editor collapses everything else). */
function CodeBlock({ children }: { children?: ReactNode }) {
  const lines = textOf(children).replace(/\n$/, "").split("\n");
  return (
    <section className="wx-code">
      <code className="wx-code-text">
        {lines.map((line, i) => (
          <Fragment key={i}>
            {i > 0 && <br />}
            {line.replace(/\t/g, "    ").replace(/ /g, "\u00a0")}
          </Fragment>
        ))}
      </code>
    </section>
  );
}

/**
 * The digest components and the Markdown elements as a 公众号 article:
 * <section> containers styled by WECHAT_CSS, outside links as their text and
 * a citation number, images at their absolute address.
 */
export function wechatComponents({ labels, postUrl }: EditionContext, refs: References) {
  const citation = (n: number) => <sup className="wx-cite">[{n}]</sup>;

  const a = ({ href, children }: ComponentPropsWithoutRef<"a">) => {
    if (!href) return <>{children}</>;
    const url = resolveUrl(href, postUrl);
    if (isFragmentOf(url, postUrl)) return <>{children}</>;
    if (isWechatArticleUrl(url)) return <a href={url}>{children}</a>;
    const n = refs.cite(url, textOf(children));
    return (
      <>
        <span className="wx-cited">{children}</span>
        {citation(n)}
      </>
    );
  };

  const img = ({ src, alt }: ComponentPropsWithoutRef<"img">) => {
    if (typeof src !== "string" || src === "") return null;
    const url = resolveUrl(src, postUrl);
    refs.image(url);
    // Markup for the 公众号 editor, never a page of this site: next/image does not apply.
    // eslint-disable-next-line @next/next/no-img-element
    return <img src={url} alt={alt ?? ""} />;
  };

  const list = (ordered: boolean) =>
    function List({ children, start = 1, depth = 1 }: ListProps) {
      const nested = mapTree(children, (el) => (el.type === ul || el.type === ol ? cloneElement(el as ReactElement<ListProps>, { depth: depth + 1 }) : undefined));
      if (depth <= MAX_LIST_DEPTH) return ordered ? <ol start={start === 1 ? undefined : start}>{nested}</ol> : <ul>{nested}</ul>;
      const items = Children.toArray(nested).filter((item): item is ReactElement<{ children?: ReactNode }> => isValidElement(item));
      return (
        <section className="wx-flat">
          {items.map((item, i) => (
            <section key={i} className="wx-flat-item">
              {ordered ? `${start + i}. ` : "– "}
              {item.props.children}
            </section>
          ))}
        </section>
      );
    };
  const ul = list(false);
  const ol = list(true);

  const part = (fallback: string) =>
    function Part({ title, children }: SectionProps) {
      return (
        <section>
          <h2 className="wx-h2">{title ?? fallback}</h2>
          {children}
        </section>
      );
    };

  return {
    a,
    img,
    ul,
    ol,
    pre: CodeBlock,
    blockquote: ({ children }: { children?: ReactNode }) => <section className="wx-quote">{children}</section>,
    table: ({ children }: { children?: ReactNode }) => (
      <section className="wx-table">
        <table>{children}</table>
      </section>
    ),
    input: ({ checked }: ComponentPropsWithoutRef<"input">) => <>{checked ? "☑ " : "☐ "}</>,
    Lead: ({ children }: { children?: ReactNode }) => <section className="wx-lead">{children}</section>,
    MainNews: part(labels.mainNews),
    // The item's position, as its page numbers it (not digits read off its id).
    NewsItem: ({ n, title, sources = [], children }: NewsItemProps) => {
      const number = n === undefined ? undefined : String(n);
      return (
      <section className="wx-item">
        <h3 className="wx-item-title">
          {number && <span className="wx-item-n">{number.padStart(2, "0")}</span>}
          {title}
        </h3>
        {children}
        {sources.length > 0 && (
          <p className="wx-item-sources">
            {labels.newsSources}
            {sources.map((s, i) => (
              <Fragment key={s.n}>
                {i > 0 && " · "}
                {s.title}
                {citation(refs.cite(s.url, s.title))}
              </Fragment>
            ))}
          </p>
        )}
      </section>
      );
    },
    Analysis: part(labels.analysis),
    Conclusion: ({ title, children }: SectionProps) => (
      <section>
        <h2 className="wx-h2">{title ?? labels.conclusion}</h2>
        <section className="wx-conclusion">{children}</section>
      </section>
    ),
    // The numbered list is printed once, after the article, with every other outside link.
    SourceList: () => null,
  } satisfies MDXComponents;
}
