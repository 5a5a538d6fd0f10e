import { useTranslations } from "next-intl";

export function SiteFooter({ year }: { year: number }) {
  const t = useTranslations("SiteFooter");
  return (
    <footer data-site-footer className="mt-16 border-t border-line">
      <div className="mx-auto flex max-w-5xl flex-col gap-1 px-4 py-8 text-sm text-muted sm:px-6">
        <p>{t("about")}</p>
        <p>{t("copyright", { year })}</p>
      </div>
    </footer>
  );
}
