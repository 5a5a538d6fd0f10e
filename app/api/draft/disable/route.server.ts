import { draftMode } from "next/headers";
import { safeRedirectPath } from "@/lib/draft";

// Ends draft mode and goes back to the given path (or the home page).
export async function GET(request: Request) {
  (await draftMode()).disable();
  const url = new URL(request.url);
  const path = safeRedirectPath(url.searchParams.get("path"), url.origin) ?? "/";
  return new Response(null, { status: 307, headers: { Location: path, "Cache-Control": "no-store" } });
}
