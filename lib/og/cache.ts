import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

/**
 * Drawing an image costs tens of milliseconds, a thousand posts make it the
 * build's largest cost, and most posts never change: images are kept in the
 * build cache (`.next/cache`, which Vercel restores between deployments),
 * keyed by everything that is drawn.
 */
const dir = () => path.resolve(process.cwd(), env.distDir(), "cache", "og-images");

export async function cachedPng(key: unknown, draw: () => Promise<ArrayBuffer>): Promise<Uint8Array> {
  const file = path.join(dir(), `${createHash("sha256").update(JSON.stringify(key)).digest("hex")}.png`);
  try {
    return new Uint8Array(await readFile(file));
  } catch {
    // Not drawn yet.
  }
  const png = new Uint8Array(await draw());
  try {
    await mkdir(dir(), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, png);
    await rename(tmp, file);
  } catch {
    // A read-only file system (a serverless function drawing an image on
    // request): the image is still served, and the response cache keeps it.
  }
  return png;
}
