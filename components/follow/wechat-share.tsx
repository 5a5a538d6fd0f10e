import { getTranslations } from "next-intl/server";
import { qrSvg } from "@/lib/follow/qr-svg";

/**
 * "Share to WeChat": the usual way from a desktop is to scan the page's
 * address with the phone. A <details> opens it without any script; the QR
 * is an inline SVG of fixed size, so opening it moves nothing above it.
 */
export async function WechatShare({ url }: { url: string }) {
  const t = await getTranslations("Follow");
  const svg = await qrSvg(url);
  return (
    <details data-wechat-share className="mt-8 text-sm">
      <summary className="cursor-pointer text-accent hover:underline">{t("shareWechat")}</summary>
      <figure className="mt-3 flex items-center gap-4">
        <span
          role="img"
          aria-label={t("shareQrAlt")}
          className="block size-40 shrink-0 bg-white p-1 [&>svg]:size-full"
          // The SVG comes from the qrcode library, drawn from our own URL: no markup of anyone else's.
          dangerouslySetInnerHTML={{ __html: svg }}
        />
        <figcaption className="text-muted">{t("shareWechatHint")}</figcaption>
      </figure>
    </details>
  );
}
