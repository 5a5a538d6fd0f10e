import path from "node:path";
// Relative imports: next.config.ts loads this through Next.js's config
// transpiler, which resolves `@/` only in the config file itself.
import { loadSiteSettings } from "../content/site-settings";
import { env } from "../env";

/** The module the sign-up form imports its JavaScript status line from. */
export const FORM_STATUS_MODULE = "@/components/follow/form-status";

/**
 * next.config.ts `turbopack.resolveAlias`. A client component ships with
 * every route whose server code imports it, rendered or not: the home page,
 * the posts and the subscribe page import the sign-up form. When
 * content/site.yml sets no newsletter, no form renders anywhere, so a build
 * swaps the status line for a module with no client code, and those pages
 * carry no JavaScript for a form they do not show. `next dev` keeps the real
 * one: an editor may add a newsletter while it runs.
 */
export function formStatusAlias(): Record<string, string> {
  if (env.isDevelopment()) return {};
  const { settings } = loadSiteSettings(env.contentDir(), (abs) => path.relative(process.cwd(), abs));
  return settings.newsletter ? {} : { [FORM_STATUS_MODULE]: "./components/follow/form-status.none.tsx" };
}
