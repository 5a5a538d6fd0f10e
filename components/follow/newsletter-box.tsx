import { useTranslations } from "next-intl";
import { getSiteSettings } from "@/lib/content";
import { newsletterForm } from "@/lib/follow/newsletter";
import { SubscribeForm } from "./subscribe-form";

/** The email sign-up form when content/site.yml has a newsletter; nothing otherwise. */
export function NewsletterBox({ id, compact = false }: { id: string; compact?: boolean }) {
  const newsletter = getSiteSettings().settings.newsletter;
  const t = useTranslations("Follow");
  if (!newsletter) return null;
  const labels = { title: t("emailTitle"), intro: t("emailIntro"), email: t("emailLabel"), submit: t("submit"), sending: t("sending"), sent: t("sent"), failed: t("failed") };
  return <SubscribeForm id={id} compact={compact} form={newsletterForm(newsletter)} labels={labels} />;
}
