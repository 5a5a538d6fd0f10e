import { realpathSync } from "node:fs";
import path from "node:path";

/**
 * Whether `abs`, followed through every symbolic link, ends outside `folder`
 * (itself followed too). A post, an image or taxonomy.yml may be a link inside
 * the content folder, never one out of it: on a build machine it would
 * publish any file the build can read (a `.md` as a page, an `.svg` under
 * /media). A path that does not exist is not outside: reading it fails with
 * its own message.
 */
export function leavesFolder(abs: string, folder: string): boolean {
  let real: string;
  try {
    real = realpathSync(abs);
  } catch {
    return false;
  }
  let base: string;
  try {
    base = realpathSync(folder);
  } catch {
    return true;
  }
  const rel = path.relative(base, real);
  return rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
}

export const linkOutMessage = (what: string, folder: string) =>
  `${what} is a link to a file outside ${folder}; the site publishes only files inside it: copy the file here instead of linking to it`;
