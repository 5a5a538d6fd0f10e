import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { JsonLd, serializeJsonLd } from "@/components/seo/json-ld";
import { pageMetadata } from "@/lib/metadata";

const HOSTILE = `Fish & Chips </script><script>alert(1)</script> <!-- "Double" 'Single' \u2028 next line \u2029 end`;

describe("serializeJsonLd", () => {
  const data = { "@type": "NewsArticle", headline: HOSTILE, keywords: ["</SCRIPT>", "a\u2028b"] };
  const text = serializeJsonLd(data);

  test("nothing in the data can end the <script> element or break JavaScript parsing", () => {
    expect(text.toLowerCase()).not.toContain("</script");
    expect(text).not.toContain("<!--");
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain("\\u003c/script\\u003e");
    expect(text).toContain("\\u2028");
  });

  test("round-trips through JSON.parse", () => {
    expect(JSON.parse(text)).toEqual(data);
  });

  test("the rendered element holds the data in one <script>", () => {
    const html = renderToStaticMarkup(createElement(JsonLd, { data }));
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    const inner = html.replace(/^<script type="application\/ld\+json">/, "").replace(/<\/script>$/, "");
    expect(JSON.parse(inner)).toEqual(data);
  });
});

describe("pageMetadata with a hostile title", () => {
  test("keeps the title a plain string everywhere, as written", () => {
    const meta = pageMetadata({ locale: "en", path: (l) => `/${l}/posts/x`, available: ["en"], title: HOSTILE, description: HOSTILE, siteName: "Site" });
    expect(meta.title).toBe(HOSTILE);
    expect(meta.description).toBe(HOSTILE);
    expect(meta.openGraph?.title).toBe(HOSTILE);
    expect(meta.twitter?.title).toBe(HOSTILE);
  });
});
