import { getFormatter, getTranslations } from "next-intl/server";
import { ImageResponse } from "next/og";
import { routing } from "@/i18n/routing";
import { getPostMeta, getTaxonomy } from "@/lib/content";
import { termName } from "@/lib/content/taxonomy";
import { wallClock } from "@/lib/content/dates";
import { cachedPng } from "@/lib/og/cache";
import { OG_SIZE, ogFonts } from "@/lib/og/fonts";

/** A post's share image (1200×630 PNG), for both builds' routes beside this file. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/posts/[slug]/og.png">) {
  const { locale, slug } = await params;
  const post = routing.locales.includes(locale as never) ? getPostMeta(locale as (typeof routing.locales)[number], slug) : null;
  if (!post) return new Response("Not found", { status: 404 });
  const t = await getTranslations({ locale: post.locale, namespace: "Site" });
  const issue = await getTranslations({ locale: post.locale, namespace: "Issue" });
  const format = await getFormatter({ locale: post.locale });
  const date = format.dateTime(wallClock(post.date), "long");
  const site = post.issue === undefined ? t("name") : `${t("name")} · ${issue("number", { n: post.issue })}`;
  const tags = post.tags.slice(0, 3).map((tag) => `#${termName(getTaxonomy(), "tags", tag, post.locale)}`).join("  ");
  // Bump the version when the drawing below changes.
  const key = { v: 3, site, title: post.title, date, tags };
  const png = await cachedPng(key, async () => (await draw(site, post.title, date, tags)).arrayBuffer());
  return new Response(png as BodyInit, { headers: { "Content-Type": "image/png" } });
}

async function draw(site: string, title: string, date: string, tags: string) {
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
          // A flat colour: gradients make resvg several times slower.
          background: "#111827",
          borderTop: "16px solid #4f7cf0",
          color: "#e6e8eb",
          fontFamily: "Noto Sans SC Latin, Noto Sans SC",
        }}
      >
        <div style={{ display: "flex", alignItems: "center", fontSize: 30, color: "#8db1ff" }}>{site}</div>
        <div style={{ display: "flex", fontSize: title.length > 40 ? 52 : 64, lineHeight: 1.25, letterSpacing: "-0.01em" }}>{title}</div>
        <div style={{ display: "flex", justifyContent: "space-between", fontSize: 26, color: "#a3a9b2" }}>
          <span>{date}</span>
          <span>{tags}</span>
        </div>
      </div>
    ),
    { ...OG_SIZE, fonts: await ogFonts() },
  );
}
