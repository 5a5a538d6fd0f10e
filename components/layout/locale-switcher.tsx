import { useTranslations } from "next-intl";
import type { Locale } from "@/i18n/routing";
import { htmlLang } from "@/lib/locale";
import { LocaleLink } from "./locale-link";

/** Where the other language's version of the current page is, if it exists. */
export type Alternate = { locale: Locale; href: string; available: boolean };

export function LocaleSwitcher({ alternate }: { alternate: Alternate }) {
  const t = useTranslations("LocaleSwitcher");
  const home = `/${alternate.locale}`;
  return (
    <LocaleLink
      href={alternate.available ? alternate.href : home}
      locale={alternate.locale}
      lang={htmlLang[alternate.locale]}
      description={alternate.available ? t("switchToLabel") : t("otherHome")}
      className="rounded-full border border-line px-3 py-1 text-sm font-medium hover:border-accent hover:text-accent"
    >
      {t("switchTo")}
    </LocaleLink>
  );
}
