import { getTranslations } from "next-intl/server";
import { qrImage } from "@/lib/follow/qr-image";

/**
 * "Share to WeChat": the usual way from a desktop is to scan the page's
 * address with the phone. A <details> opens it without any script; the QR
 * (lib/follow/qr-image.ts) has its width and height in the page, so opening
 * it moves nothing above it.
 */
export async function WechatShare({ url }: { url: string }) {
  const t = await getTranslations("Follow");
  const qr = await qrImage(url);
  return (
    <details data-wechat-share className="mt-8 text-sm">
      <summary className="cursor-pointer text-accent hover:underline">{t("shareWechat")}</summary>
      <figure className="mt-3 flex items-center gap-4">
        {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL drawn at build time, already its final size */}
        <img src={qr.src} width={qr.width} height={qr.height} alt={t("shareQrAlt")} className="shrink-0 [image-rendering:pixelated]" />
        <figcaption className="text-muted">{t("shareWechatHint")}</figcaption>
      </figure>
    </details>
  );
}
