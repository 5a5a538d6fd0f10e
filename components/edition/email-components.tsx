import type { MDXComponents } from "mdx/types";
import type { ComponentPropsWithoutRef, CSSProperties, ReactNode } from "react";
import { Heading, Hr, Img, Link, Section } from "react-email";
import type { DigestSource } from "@/lib/content";
import type { EditionContext } from "@/lib/edition/context";
import { textOf } from "@/lib/edition/tree";
import { resolveUrl } from "@/lib/edition/urls";
import { fonts, palette as c } from "./palette";

/** The column inside the 600 px email, between its 32 px margins. */
const EMAIL_CONTENT_WIDTH = 536;

type SectionProps = { title?: string; children?: ReactNode };
type NewsItemProps = { id?: string; n?: number; title?: string; sources?: DigestSource[]; children?: ReactNode };
type SourceListProps = { sources?: DigestSource[] };

const emailStyles = {
  p: { margin: "0 0 16px", fontSize: 16, lineHeight: "26px", color: c.ink },
  h2: { margin: "32px 0 16px", fontSize: 20, lineHeight: "28px", fontWeight: 700, color: c.ink },
  h3: { margin: "0 0 8px", fontSize: 17, lineHeight: "24px", fontWeight: 700, color: c.ink },
  small: { margin: "12px 0 0", fontSize: 14, lineHeight: "22px", color: c.muted },
  link: { color: c.accent, textDecorationLine: "underline" },
} satisfies Record<string, CSSProperties>;

const cell: CSSProperties = { padding: "6px 8px", border: `1px solid ${c.line}`, textAlign: "left", verticalAlign: "top", fontSize: 14 };

/** The digest components and Markdown elements with inline styles, for email clients. */
export function emailComponents({ labels, postUrl }: EditionContext) {
  const a = ({ href, children }: ComponentPropsWithoutRef<"a">) =>
    href ? (
      <Link href={resolveUrl(href, postUrl)} style={emailStyles.link}>
        {children}
      </Link>
    ) : (
      <>{children}</>
    );
  const heading = (as: "h2" | "h3" | "h4" | "h5" | "h6") =>
    function EmailHeading({ children }: { children?: ReactNode }) {
      return (
        <Heading as={as} style={as === "h2" ? emailStyles.h2 : { ...emailStyles.h3, margin: "24px 0 8px" }}>
          {children}
        </Heading>
      );
    };
  const part = (fallback: string) =>
    function Part({ title, children }: SectionProps) {
      return (
        <>
          <Heading as="h2" style={emailStyles.h2}>
            {title ?? fallback}
          </Heading>
          {children}
        </>
      );
    };

  return {
    a,
    p: ({ children }: { children?: ReactNode }) => <p style={emailStyles.p}>{children}</p>,
    // The email's own title is its h1.
    h1: heading("h2"),
    h2: heading("h2"),
    h3: heading("h3"),
    h4: heading("h4"),
    h5: heading("h5"),
    h6: heading("h6"),
    ul: ({ children }: { children?: ReactNode }) => <ul style={{ margin: "0 0 16px", paddingLeft: 24, color: c.ink }}>{children}</ul>,
    ol: ({ children, start }: ComponentPropsWithoutRef<"ol">) => (
      <ol start={start} style={{ margin: "0 0 16px", paddingLeft: 24, color: c.ink }}>
        {children}
      </ol>
    ),
    li: ({ children }: { children?: ReactNode }) => <li style={{ margin: "0 0 6px", fontSize: 16, lineHeight: "26px" }}>{children}</li>,
    blockquote: ({ children }: { children?: ReactNode }) => (
      <blockquote style={{ margin: "0 0 16px", padding: "4px 0 4px 16px", borderLeft: `4px solid ${c.line}`, color: c.muted }}>{children}</blockquote>
    ),
    pre: ({ children }: { children?: ReactNode }) => (
      <pre style={{ margin: "0 0 16px", padding: 12, backgroundColor: "#f6f8fa", borderRadius: 6, fontFamily: fonts.mono, fontSize: 13, lineHeight: "20px", whiteSpace: "pre-wrap", wordBreak: "break-word", color: c.ink }}>
        {textOf(children).replace(/\n$/, "")}
      </pre>
    ),
    code: ({ children }: { children?: ReactNode }) => (
      <code style={{ fontFamily: fonts.mono, fontSize: "0.9em", padding: "1px 4px", backgroundColor: c.code, borderRadius: 3 }}>{children}</code>
    ),
    img: ({ src, alt }: ComponentPropsWithoutRef<"img">) =>
      typeof src === "string" && src ? (
        <Img src={resolveUrl(src, postUrl)} alt={alt ?? ""} width={EMAIL_CONTENT_WIDTH} style={{ width: "100%", maxWidth: EMAIL_CONTENT_WIDTH, height: "auto", margin: "16px 0" }} />
      ) : null,
    table: ({ children }: { children?: ReactNode }) => (
      <table width="100%" cellPadding={0} cellSpacing={0} style={{ borderCollapse: "collapse", width: "100%", margin: "0 0 16px", color: c.ink }}>
        {children}
      </table>
    ),
    // GFM column alignment arrives as style={{ textAlign }}.
    th: ({ children, style }: ComponentPropsWithoutRef<"th">) => <th style={{ ...cell, backgroundColor: "#f6f8fa", ...style }}>{children}</th>,
    td: ({ children, style }: ComponentPropsWithoutRef<"td">) => <td style={{ ...cell, ...style }}>{children}</td>,
    hr: () => <Hr style={{ margin: "24px 0", borderColor: c.line }} />,
    input: ({ checked }: ComponentPropsWithoutRef<"input">) => <>{checked ? "☑ " : "☐ "}</>,
    Lead: ({ children }: { children?: ReactNode }) => (
      <div style={{ margin: "0 0 8px", padding: "0 0 0 16px", borderLeft: `4px solid ${c.accent}` }}>{children}</div>
    ),
    MainNews: part(labels.mainNews),
    // The item's position, as its page numbers it (not digits read off its id).
    NewsItem: ({ n, title, sources = [], children }: NewsItemProps) => {
      const number = n === undefined ? undefined : String(n);
      return (
        <Section style={{ margin: "0 0 16px", padding: "16px 20px", border: `1px solid ${c.line}`, borderRadius: 8 }}>
          <Heading as="h3" style={emailStyles.h3}>
            {number && <span style={{ color: c.accent }}>{number}. </span>}
            {title}
          </Heading>
          {children}
          {sources.length > 0 && (
            <p style={emailStyles.small}>
              {labels.newsSources}
              {sources.map((s, i) => (
                <span key={s.n}>
                  {i > 0 && " · "}
                  <Link href={s.url} style={emailStyles.link}>
                    [{s.n}] {s.title}
                  </Link>
                </span>
              ))}
            </p>
          )}
        </Section>
      );
    },
    Analysis: part(labels.analysis),
    Conclusion: ({ title, children }: SectionProps) => (
      <>
        <Heading as="h2" style={emailStyles.h2}>
          {title ?? labels.conclusion}
        </Heading>
        <Section style={{ padding: "16px 20px 0", backgroundColor: c.accentSoft, borderRadius: 8 }}>{children}</Section>
      </>
    ),
    SourceList: ({ sources = [] }: SourceListProps) =>
      sources.length === 0 ? null : (
        <>
          <Heading as="h2" style={emailStyles.h2}>
            {labels.sourcesTitle}
          </Heading>
          {sources.map((s) => (
            <p key={s.n} style={{ ...emailStyles.small, margin: "0 0 10px" }}>
              [{s.n}]{" "}
              <Link href={s.url} style={emailStyles.link}>
                {s.title}
              </Link>
              <span style={{ color: c.muted }}> ({s.domain})</span>
            </p>
          ))}
        </>
      ),
  } satisfies MDXComponents;
}
