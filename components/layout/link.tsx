import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The site's link to its own pages: a client-side navigation on click, and
 * no prefetching. Next.js would otherwise fetch two RSC payloads for every
 * link that scrolls into view (20 requests after the seed post loaded, in a
 * Lighthouse network log), and process each on the main thread while a
 * phone is still busy with the page. A static page's payload arrives in one
 * small request when the reader clicks (e2e/no-prefetch.spec.ts).
 */
export function Link(props: Omit<ComponentProps<typeof NextLink>, "prefetch">) {
  return <NextLink {...props} prefetch={false} />;
}
