import { getTranslations } from "next-intl/server";
import { Link } from "@/components/layout/link";
import type { Locale } from "@/i18n/routing";
import { paths } from "@/lib/site";

/** The way to every other means of following: /{locale}/subscribe. */
export async function SubscribeLink({ locale }: { locale: Locale }) {
  const t = await getTranslations("Follow");
  return (
    <p className="mt-6 text-sm">
      <Link href={paths.subscribe(locale)} className="text-accent hover:underline" data-subscribe-link>
        {t("more")}
      </Link>
    </p>
  );
}
