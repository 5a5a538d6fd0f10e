// The build folder of Next.js, for the plain Node steps of `npm run build`
// (no TypeScript loader, so they cannot import lib/env.ts, where
// NEXT_DIST_DIR is documented). npm runs them from the project folder.
import path from "node:path";

export const distDir = path.resolve(process.env.NEXT_DIST_DIR || ".next");
