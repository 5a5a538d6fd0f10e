import { useTranslations } from "next-intl";
import { htmlLang } from "@/lib/locale";
import type { Alternate } from "@/lib/routes";
import { LocaleLink } from "./locale-link";

export function LocaleSwitcher({ alternate }: { alternate: Alternate }) {
  const t = useTranslations("LocaleSwitcher");
  return (
    <LocaleLink
      href={alternate.href}
      locale={alternate.locale}
      lang={htmlLang[alternate.locale]}
      description={alternate.available ? t("switchToLabel") : t("otherHome")}
      className="rounded-full border border-line px-3 py-1 text-sm font-normal hover:border-accent hover:text-accent"
    >
      {t("switchTo")}
    </LocaleLink>
  );
}
