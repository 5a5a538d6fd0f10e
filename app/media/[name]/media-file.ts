import { readFile } from "node:fs/promises";
import { draftMode } from "next/headers";
import sharp from "sharp";
import { getMediaFiles } from "@/lib/content";

/**
 * A post's image by its published name, for both builds' routes beside this
 * file; a draft's images exist for a draft-mode request only (Next.js neither
 * caches nor serves from cache for it).
 */
export function mediaParams() {
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
