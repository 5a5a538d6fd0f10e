import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { compilePost, type CompileInput } from "@/lib/content/compile";
import type { DigestSource } from "@/lib/content/digest";

type Props = { children?: ReactNode; title?: string; id?: string; sources?: DigestSource[]; citedBy?: unknown };

const section = (name: string) => {
  const Stub = (props: Props) =>
    createElement(
    "section",
    {
      "data-c": name,
      "data-title": props.title,
      "data-id": props.id,
      "data-sources": props.sources ? JSON.stringify(props.sources) : undefined,
      "data-cited-by": props.citedBy ? JSON.stringify(props.citedBy) : undefined,
    },
      props.children,
    );
  Stub.displayName = name;
  return Stub;
};

/** Stub digest components that expose their props in the markup. */
export const stubs = {
  Lead: section("Lead"),
  MainNews: section("MainNews"),
  NewsItem: section("NewsItem"),
  Analysis: section("Analysis"),
  Conclusion: section("Conclusion"),
  SourceList: section("SourceList"),
};

export async function render(input: CompileInput) {
  const { Content, issues } = await compilePost(input);
  if (!Content) return { html: null, issues };
  return { html: renderToStaticMarkup(createElement(Content, { components: stubs })), issues };
}

const unescape = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The opening tags of the stub with that name, with their decoded attributes. */
export function stubsIn(html: string, name: string) {
  const tags = html.match(new RegExp(`<section data-c="${name}"[^>]*>`, "g")) ?? [];
  return tags.map((tag) => {
    const attr = (a: string) => {
      const m = new RegExp(`${a}="([^"]*)"`).exec(tag);
      return m ? unescape(m[1]!) : undefined;
    };
    const sources = attr("data-sources");
    return { title: attr("data-title"), id: attr("data-id"), sources: sources ? (JSON.parse(sources) as DigestSource[]) : undefined };
  });
}

/** Only the stub sections, e.g. `<Lead></><MainNews><NewsItem></></>`. */
export function skeleton(html: string): string {
  return (html.match(/<section data-c="\w+"|<\/section>/g) ?? [])
    .map((t) => (t === "</section>" ? "</>" : `<${t.slice(17, -1)}>`))
    .join("");
}
