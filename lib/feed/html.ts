import type { MDXComponents, MDXContent } from "mdx/types";
import { createElement } from "react";

/** A compiled post body as static HTML, with the given components. */
export async function renderBody(Content: MDXContent, components: MDXComponents): Promise<string> {
  const { renderToStaticMarkup } = await import("react-dom/server");
  return renderToStaticMarkup(createElement(Content, { components }));
}
