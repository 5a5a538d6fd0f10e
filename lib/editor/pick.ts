// What the inbox's "add to draft" does: the picked stories become news
// items of a draft (an existing one, or a new one made as `npm run new`
// makes it). Development only: a production server refuses before reading
// anything, so nothing of the published site can be written.
import type { Locale } from "@/i18n/routing";
import { env } from "@/lib/env";
import { addToDraft } from "./add-to-draft";
import type { DraftItem } from "./draft-items";
import { readInbox } from "./inbox";
import { createDraft, DraftError } from "./new-draft";

/** The form's value asking for a new draft (never a slug: slugs have no underscores). */
export const NEW_DRAFT = "__new__";

export type Pick = { locale: Locale; keys: string[]; target: { kind: "existing"; slug: string } | { kind: "new"; slug: string } };

export function addPicked({ locale, keys, target }: Pick): { slug: string; file: string } {
  if (!env.isDevelopment()) throw new DraftError("the inbox writes drafts only in npm run dev");
  const chosen = new Set(keys);
  // The stories come from the gathered file, never from the form: only their keys do.
  const stories = readInbox(locale).stories.filter((s) => chosen.has(s.key));
  if (stories.length === 0) throw new DraftError("pick at least one story");
  const items: DraftItem[] = stories.map((s) => ({ title: s.title, summary: s.summary, sources: [{ title: s.title, url: s.url }] }));
  const slug = target.slug.trim().normalize("NFC");
  const file = target.kind === "new" ? createDraft(slug, locale, items).file : addToDraft(slug, locale, items);
  return { slug, file };
}
