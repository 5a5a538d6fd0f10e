import { draftMode } from "next/headers";
import { draftSecret, safeRedirectPath, secretMatches } from "@/lib/draft";

// `/api/draft?secret=…&path=/zh/posts/slug` turns on draft mode and opens the path.
export async function GET(request: Request) {
  const secret = draftSecret();
  if (!secret) return new Response("Draft mode is not configured (set DRAFT_SECRET).", { status: 404 });
  const url = new URL(request.url);
  if (!secretMatches(url.searchParams.get("secret"), secret)) return new Response("Invalid secret.", { status: 401 });
  const path = safeRedirectPath(url.searchParams.get("path") ?? "/", url.origin);
  if (!path) return new Response("path must be a path on this site, like /zh/posts/my-post.", { status: 400 });
  (await draftMode()).enable();
  return new Response(null, { status: 307, headers: { Location: path, "Cache-Control": "no-store" } });
}
