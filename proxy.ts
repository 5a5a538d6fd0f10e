import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./i18n/routing";

const negotiate = createMiddleware(routing);
const POST_PATH = /^\/(zh|en)\/posts\/([^/]+)\/?$/;

export default function proxy(request: NextRequest) {
  // Draft mode (preview on a deployed site): posts, including unpublished
  // ones, render on demand from the preview route. Published readers never
  // reach this branch (see the matcher), so their pages stay static files.
  const post = POST_PATH.exec(request.nextUrl.pathname);
  if (post) return NextResponse.rewrite(new URL(`/${post[1]}/preview/${post[2]}`, request.url));
  return negotiate(request);
}

export const config = {
  matcher: [
    // Only unprefixed paths need negotiation (cookie, then Accept-Language);
    // everything under /zh and /en is a static file served as is.
    "/",
    "/((?!zh(?:/|$)|en(?:/|$)|api/|_next/|_vercel/|.*\\..*).*)",
    { source: "/:locale(zh|en)/posts/:slug", has: [{ type: "cookie", key: "__prerender_bypass" }] },
  ],
};
