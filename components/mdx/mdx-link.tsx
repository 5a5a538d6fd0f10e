import { Link } from "@/components/layout/link";
import type { ComponentPropsWithoutRef } from "react";

type Props = ComponentPropsWithoutRef<"a">;

/** External links never get access to this window, whatever rel they were given; internal ones use the router. */
export function MdxLink({ href = "", children, ...rest }: Props) {
  // `//host/…` (and `/\host`, read the same) leaves the site too, though it starts with a slash.
  if (/^(?:https?:)?[/\\]{2}/i.test(href)) {
    return (
      <a href={href} {...rest} rel="noopener noreferrer">
        {children}
      </a>
    );
  }
  if (href.startsWith("/")) {
    return (
      <Link href={href} {...rest}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} {...rest}>
      {children}
    </a>
  );
}
