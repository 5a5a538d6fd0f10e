import { useTranslations } from "next-intl";
import { Link } from "@/components/layout/link";
import type { Locale } from "@/i18n/routing";
import type { Alternate } from "@/lib/routes";
import { paths } from "@/lib/site";
import { LocaleSwitcher } from "./locale-switcher";
import { ThemeToggle } from "./theme-toggle";

type Props = { locale: Locale; alternate: Alternate };

export function SiteHeader({ locale, alternate }: Props) {
  const t = useTranslations("SiteHeader");
  const site = useTranslations("Site");
  const theme = useTranslations("ThemeToggle");
  return (
    <header data-site-header className="border-b border-line bg-card/80">
      <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-card focus:px-3 focus:py-2">
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <Link href={paths.home(locale)} className="mr-auto flex items-center gap-2 text-lg font-bold tracking-tight">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7 text-accent" fill="none" stroke="currentColor" strokeWidth="2.2">
            <path d="M16 3 27 9v14l-11 6-11-6V9l11-6Z" />
            <circle cx="16" cy="16" r="4" />
          </svg>
          {site("name")}
        </Link>
        <nav aria-label={t("primaryNav")} className="order-last flex w-full items-center gap-5 text-sm sm:order-none sm:w-auto">
          <Link href={paths.tags(locale)} className="text-muted hover:text-accent">
            {t("tags")}
          </Link>
          <Link href={paths.archive(locale)} className="text-muted hover:text-accent">
            {t("archive")}
          </Link>
          <Link href={paths.search(locale)} className="text-muted hover:text-accent">
            {t("search")}
          </Link>
        </nav>
        <div className="flex items-center gap-2">
          <LocaleSwitcher alternate={alternate} />
          <ThemeToggle label={theme("label")} />
        </div>
      </div>
    </header>
  );
}
