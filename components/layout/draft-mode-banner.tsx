import { useLocale, useTranslations } from "next-intl";

/** Shown on every page while draft mode is on, so a preview is never mistaken for the live site. */
export function DraftModeBanner() {
  const t = useTranslations("DraftMode");
  // Back to this language's home: "/" would renegotiate and could switch language.
  const locale = useLocale();
  return (
    <div role="status" className="bg-amber-300 px-4 py-2 text-center text-sm font-bold text-amber-950">
      {t("banner")}{" "}
      <a href={`/api/draft/disable?path=/${locale}`} className="underline">
        {t("exit")}
      </a>
    </div>
  );
}
