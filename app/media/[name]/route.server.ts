/**
 * Posts' images, published at content-hashed names (`/media/<hash>.png`, and
 * WebP copies `/media/<hash>-<width>.webp`) so they can be cached forever:
 * made once at build time into static files, like the pages. Only published
 * posts' images exist; any other name is a 404, which the server does not
 * keep on disk (next.config.ts, isrFlushToDisk). Resized here with sharp, not by Vercel's image
 * optimizer, which static pages do not need.
 * dynamicParams: `next dev` refreshes generateStaticParams only after a
 * request, and an edited image has a new name; draft mode asks for a draft's
 * images; the handler answers 404 itself. The plain-files build has only the
 * published images (route.static.ts).
 */
export const dynamic = "force-static";
export const dynamicParams = true;

export { GET, mediaParams as generateStaticParams } from "./media-file";
