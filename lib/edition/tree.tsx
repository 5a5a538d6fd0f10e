import { cloneElement, isValidElement, type ReactElement, type ReactNode } from "react";
import type { MDXComponents } from "mdx/types";

type Props = { children?: ReactNode };

/**
 * Maps over a React tree, element by element, depth first. `visit` may return
 * a replacement (which is not visited again) or undefined to keep the element
 * and go on into its children.
 */
export function mapTree(node: ReactNode, visit: (element: ReactElement<Props>) => ReactNode | undefined): ReactNode {
  if (Array.isArray(node)) {
    // Keys by position, as the list had no other identity: it is rendered once, never reconciled.
    return node.map((child, i) => {
      const mapped = mapTree(child, visit);
      return isValidElement(mapped) && mapped.key === null ? cloneElement(mapped, { key: i }) : mapped;
    });
  }
  if (!isValidElement<Props>(node)) return node;
  const replaced = visit(node);
  if (replaced !== undefined) return replaced;
  if (node.props.children === undefined) return node;
  return cloneElement(node, { children: mapTree(node.props.children, visit) });
}

/**
 * MDX applies `components` to what Markdown generates, not to HTML written
 * as JSX in an .mdx post (`<a href="…">`): the edition gives those the same
 * treatment, so that no link or list escapes its rules.
 */
export function withHostComponents(node: ReactNode, components: MDXComponents): ReactNode {
  const map = components as Record<string, unknown>;
  return mapTree(node, (element) => {
    if (typeof element.type !== "string" || !map[element.type]) return undefined;
    const { children, ...rest } = element.props;
    const Component = map[element.type] as (props: Props) => ReactNode;
    return (
      <Component key={element.key} {...rest}>
        {withHostComponents(children, components)}
      </Component>
    );
  });
}

/** The text of a tree, as a reader sees it. */
export function textOf(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (isValidElement<Props>(node)) return textOf(node.props.children);
  return "";
}
