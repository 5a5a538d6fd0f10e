import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The site's link to its own pages: a client-side navigation on click, and
 * no prefetching. Next.js would otherwise fetch two RSC payloads for every
 * link that scrolls into view (20 requests after a post page loads); on a
 * phone their parsing was most of the main-thread time a reader waits on
 * (bench/results: Lighthouse TBT). A static page's payload arrives in one
 * small request when the reader clicks.
 */
export function Link(props: Omit<ComponentProps<typeof NextLink>, "prefetch">) {
  return <NextLink {...props} prefetch={false} />;
}
