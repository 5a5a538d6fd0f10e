import type { ReactNode } from "react";

type Props = { id: string; title: string; className?: string; children?: ReactNode };

/** A titled part of a digest, reachable by its anchor. */
export function DigestSection({ id, title, className, children }: Props) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="scroll-mt-6">
        <a href={`#${id}`} className="text-inherit no-underline hover:underline">
          {title}
        </a>
      </h2>
      {children}
    </section>
  );
}
