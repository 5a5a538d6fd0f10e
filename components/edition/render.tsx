import type { MDXComponents } from "mdx/types";
import type { ReactNode } from "react";
import { render } from "react-email";
import { editionContext, type EditionContext } from "@/lib/edition/context";
import type { EditionSource } from "@/lib/edition/load";
import { References, type Citation } from "@/lib/edition/references";
import { withHostComponents } from "@/lib/edition/tree";
import { inlineWechat, wechatDocument } from "@/lib/edition/wechat-html";
import { htmlLang } from "@/lib/locale";
import { emailComponents } from "./email-components";
import { EmailEdition } from "./email-edition";
import { WechatArticle } from "./wechat-article";
import { wechatComponents } from "./wechat-components";
import { WECHAT_CSS } from "./wechat-styles";

type EmailOutput = { html: string; text: string };
type WechatOutput = {
  /** The article body, to paste into the 公众号 editor. */
  html: string;
  /** The same in a page of its own (wechat.html). */
  document: string;
  /** Images the editor must upload again: WeChat does not show images from other sites. */
  images: string[];
  citations: Citation[];
};
export type Editions = { ctx: EditionContext; email: EmailOutput; wechat: WechatOutput };

/** The post's compiled body with an edition's components, HTML written in .mdx included. */
function body({ Content }: EditionSource, components: MDXComponents): ReactNode {
  return withHostComponents(Content({ components }), components);
}

// html-to-text capitalises headings by default; titles keep their case.
const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false } }));

async function renderEmail(source: EditionSource, ctx: EditionContext): Promise<EmailOutput> {
  const email = <EmailEdition ctx={ctx} body={body(source, emailComponents(ctx))} />;
  const html = await render(email);
  const text = await render(email, { plainText: true, htmlToTextOptions: { selectors: HEADINGS } });
  return { html, text };
}

async function renderWechat(source: EditionSource, ctx: EditionContext): Promise<WechatOutput> {
  const { renderToStaticMarkup } = await import("react-dom/server");
  const refs = new References(ctx.post.sources);
  const article = renderToStaticMarkup(<WechatArticle ctx={ctx} refs={refs} body={body(source, wechatComponents(ctx, refs))} />);
  const html = inlineWechat(article, WECHAT_CSS);
  return {
    html,
    document: wechatDocument(html, { lang: htmlLang[ctx.post.locale], title: ctx.post.title }),
    images: refs.images,
    citations: refs.citations,
  };
}

/** Both editions of one post, from the same compiled body as its page. */
export async function renderEditions(source: EditionSource): Promise<Editions> {
  const ctx = editionContext(source.post);
  const [email, wechat] = await Promise.all([renderEmail(source, ctx), renderWechat(source, ctx)]);
  return { ctx, email, wechat };
}
