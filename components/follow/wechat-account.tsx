import { useTranslations } from "next-intl";
import { getSiteSettings } from "@/lib/content";

/** The WeChat Official Account's name and QR code (content/site.yml `wechat`); nothing when it has none. */
export function WechatAccount({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { settings, wechatQr } = getSiteSettings();
  const t = useTranslations("Follow");
  if (!settings.wechat || !wechatQr) return null;
  const Heading = `h${headingLevel}` as const;
  const name = settings.wechat.name;
  return (
    <section data-wechat-account aria-labelledby="wechat-title" className="mt-10 flex items-center gap-4 rounded-xl border border-line bg-card p-4">
      {/* Width and height from the file itself: the box is reserved before the image arrives. */}
      {/* eslint-disable-next-line @next/next/no-img-element -- a prerendered file under /media, already its final size */}
      <img src={wechatQr.src} width={wechatQr.width} height={wechatQr.height} alt={t("wechatQrAlt", { name })} loading="lazy" className="size-32 shrink-0 bg-white" />
      <div>
        <Heading id="wechat-title" className="font-bold">
          {t("wechatTitle")}
        </Heading>
        <p className="mt-1 text-sm text-muted">{t("wechatHint", { name })}</p>
      </div>
    </section>
  );
}
