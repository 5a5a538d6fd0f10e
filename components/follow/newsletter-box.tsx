import { getTranslations } from "next-intl/server";
import { getSiteSettings } from "@/lib/content";
import { newsletterForm } from "@/lib/follow/newsletter";
import { SubscribeForm } from "./subscribe-form";

/** The email sign-up form when content/site.yml has a newsletter; nothing otherwise. */
export async function NewsletterBox({ id, compact = false }: { id: string; compact?: boolean }) {
  const newsletter = getSiteSettings().settings.newsletter;
  if (!newsletter) return null;
  const t = await getTranslations("Follow");
  const labels = { title: t("emailTitle"), intro: t("emailIntro"), email: t("emailLabel"), submit: t("submit"), sending: t("sending"), sent: t("sent"), failed: t("failed") };
  return <SubscribeForm id={id} compact={compact} form={newsletterForm(newsletter)} labels={labels} />;
}
