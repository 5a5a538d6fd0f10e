import { getFormatter, getTranslations } from "next-intl/server";
import { ImageResponse } from "next/og";
import { routing } from "@/i18n/routing";
import { getPostMeta, getPostSlugs } from "@/lib/content";
import { wallClock } from "@/lib/content/dates";
import { OG_SIZE, ogFonts } from "@/lib/og/fonts";

// Drawn once per post at build time.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => getPostSlugs(locale).map((slug) => ({ locale, slug })));
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/posts/[slug]/og.png">) {
  const { locale, slug } = await params;
  const post = routing.locales.includes(locale as never) ? getPostMeta(locale as (typeof routing.locales)[number], slug) : null;
  if (!post) return new Response("Not found", { status: 404 });
  const t = await getTranslations({ locale: post.locale, namespace: "Site" });
  const format = await getFormatter({ locale: post.locale });
  const date = format.dateTime(wallClock(post.date), "long");
  return new ImageResponse(
    (
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          padding: "64px 72px",
          background: "linear-gradient(135deg, #0e1116 0%, #17233d 100%)",
          color: "#e6e8eb",
          fontFamily: "Noto Sans SC Latin, Noto Sans SC",
        }}
      >
        <div style={{ display: "flex", alignItems: "center", fontSize: 30, color: "#8db1ff" }}>{t("name")}</div>
        <div style={{ display: "flex", fontSize: post.title.length > 40 ? 52 : 64, lineHeight: 1.25, letterSpacing: "-0.01em" }}>{post.title}</div>
        <div style={{ display: "flex", justifyContent: "space-between", fontSize: 26, color: "#a3a9b2" }}>
          <span>{date}</span>
          <span>{post.tags.slice(0, 3).map((tag) => `#${tag}`).join("  ")}</span>
        </div>
      </div>
    ),
    { ...OG_SIZE, fonts: await ogFonts() },
  );
}
