import { useTranslations } from "next-intl";
import { Link } from "@/components/layout/link";
import type { Locale } from "@/i18n/routing";
import { paths } from "@/lib/site";

/** The way to every other means of following: /{locale}/subscribe. */
export function SubscribeLink({ locale }: { locale: Locale }) {
  const t = useTranslations("Follow");
  return (
    <p className="mt-6 text-sm">
      <Link href={paths.subscribe(locale)} className="text-accent hover:underline" data-subscribe-link>
        {t("more")}
      </Link>
    </p>
  );
}
