import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Only unprefixed paths need negotiation (cookie, then Accept-Language);
  // everything under /zh and /en is a static file served as is.
  matcher: ["/", "/((?!zh(?:/|$)|en(?:/|$)|api/|_next/|_vercel/|.*\\..*).*)"],
};
