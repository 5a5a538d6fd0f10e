import { useTranslations } from "next-intl";
import { NEW_DRAFT } from "@/lib/editor/pick";

type Props = { drafts: { slug: string; title: string }[] };

/** Where the picked stories go: an unpublished post of this language, or a new draft. */
export function DraftPicker({ drafts }: Props) {
  const t = useTranslations("InboxPage");
  return (
    <fieldset className="mt-8 rounded border border-line p-4">
      <legend className="px-1 font-bold">{t("target")}</legend>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <label className="flex flex-col gap-1 text-sm">
          {t("draft")}
          <select name="draft" className="rounded border border-line bg-transparent p-2" defaultValue={drafts[0]?.slug ?? NEW_DRAFT}>
            {drafts.map((d) => (
              <option key={d.slug} value={d.slug}>
                {d.title} ({d.slug})
              </option>
            ))}
            <option value={NEW_DRAFT}>{t("newDraft")}</option>
          </select>
        </label>
        <label className="flex flex-1 flex-col gap-1 text-sm">
          {t("slug")}
          <input name="slug" className="rounded border border-line bg-transparent p-2" pattern="[\p{Ll}\p{Lo}\p{N}]+(-[\p{Ll}\p{Lo}\p{N}]+)*" placeholder="2026-03-08-weekly" aria-describedby="slug-hint" />
        </label>
      </div>
      <p id="slug-hint" className="mt-1 text-sm text-muted">{t("slugHint")}</p>
      <button type="submit" className="mt-4 rounded bg-accent px-4 py-2 font-bold text-white">
        {t("submit")}
      </button>
    </fieldset>
  );
}
