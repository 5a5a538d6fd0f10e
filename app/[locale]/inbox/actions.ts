"use server";
import { hasLocale } from "next-intl";
import { notFound, redirect } from "next/navigation";
import { routing } from "@/i18n/routing";
import { isDevelopment } from "@/lib/content";
import { DraftError } from "@/lib/editor/new-draft";
import { addPicked, NEW_DRAFT } from "@/lib/editor/pick";
import { paths } from "@/lib/site";

/**
 * The inbox form's action. A production build still compiles it (the page
 * refers to it), so it refuses there before reading the form: only
 * `npm run dev` writes drafts, and only under content/posts/.
 */
export async function addToDraftAction(form: FormData) {
  if (!isDevelopment()) notFound();
  const locale = form.get("locale");
  if (typeof locale !== "string" || !hasLocale(routing.locales, locale)) notFound();
  const keys = form.getAll("story").filter((k): k is string => typeof k === "string");
  const choice = String(form.get("draft") ?? "");
  const target = choice === NEW_DRAFT ? { kind: "new" as const, slug: String(form.get("slug") ?? "") } : { kind: "existing" as const, slug: choice };
  let slug: string;
  try {
    ({ slug } = addPicked({ locale, keys, target }));
  } catch (error) {
    if (!(error instanceof DraftError)) throw error;
    redirect(`${paths.inbox(locale)}?error=${encodeURIComponent(error.message)}`);
  }
  redirect(paths.post(locale, slug));
}
