import { readFile } from "node:fs/promises";
import { draftMode } from "next/headers";
import sharp from "sharp";
import { getMediaFiles } from "@/lib/content";

/**
 * Posts' images, published at content-hashed names (`/media/<hash>.png`, and
 * WebP copies `/media/<hash>-<width>.webp`) so they can be cached forever:
 * made once at build time into static files, like the pages. Only published
 * posts' images exist; any other name is a 404, which the server does not
 * keep (lib/cache-handler.cjs), and a draft's images exist for a draft-mode
 * request only (Next.js neither caches nor serves from cache for it).
 * Resized here with sharp, not by Vercel's image optimizer, which static
 * pages do not need.
 * dynamicParams: `next dev` refreshes generateStaticParams only after a
 * request, and an edited image has a new name; the handler answers 404 itself.
 */
export const dynamic = "force-static";
export const dynamicParams = true;

export function generateStaticParams() {
  return [...getMediaFiles().keys()].map((name) => ({ name }));
}

export async function GET(_request: Request, { params }: RouteContext<"/media/[name]">) {
  const { name } = await params;
  const published = getMediaFiles().get(name);
  const file = published ?? ((await draftMode()).isEnabled ? getMediaFiles(true).get(name) : undefined);
  if (!file) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const original = await readFile(file.abs);
  const body = file.width ? await sharp(original).resize({ width: file.width }).webp({ quality: 80 }).toBuffer() : original;
  // A draft's image may change before it is published: the browser asks again.
  const caching = published ? "public, max-age=31536000, immutable" : "private, no-store";
  return new Response(new Uint8Array(body), { headers: { "Content-Type": file.type, "Cache-Control": caching } });
}
