import type { ReactNode } from "react";

type Props = { children?: ReactNode };

/** The paragraphs before the first `##`: the summary. */
export function Lead({ children }: Props) {
  return <div className="lead border-l-4 border-accent pl-4 text-[1.1em] sm:pl-5 [&>p:first-child]:mt-0">{children}</div>;
}
