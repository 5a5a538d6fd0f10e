import type { ReactNode } from "react";
import { Body, Button, Container, Head, Heading, Html, Link, Preview, Section, Text } from "react-email";
import type { EditionContext } from "@/lib/edition/context";
import { htmlLang } from "@/lib/locale";
import { fonts, palette as c } from "./palette";

/** Inbox clients show about this much of the preheader beside the subject. */
const PREHEADER_LENGTH = 140;

export function preheader(lead: string): string {
  const text = lead.replace(/\s+/g, " ").trim();
  return text.length <= PREHEADER_LENGTH ? text : `${text.slice(0, PREHEADER_LENGTH - 1).trimEnd()}…`;
}

type Props = { ctx: EditionContext; body: ReactNode };

/**
 * One issue as an email: 600 px, table layout (react-email's Container and
 * Section), inline styles only, every address absolute. The unsubscribe link
 * is the newsletter service's merge tag.
 */
export function EmailEdition({ ctx, body }: Props) {
  const { post, labels } = ctx;
  const lang = htmlLang[post.locale];
  return (
    <Html lang={lang} dir="ltr">
      <Head>
        <title>{post.title}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <meta name="supported-color-schemes" content="light" />
      </Head>
      <Preview useTitleTag={false}>{preheader(post.lead || post.description)}</Preview>
      <Body lang={lang} dir="ltr" style={{ margin: 0, padding: "24px 0", backgroundColor: c.page, fontFamily: fonts.sans, color: c.ink }}>
        <Container style={{ width: "100%", maxWidth: 600, backgroundColor: c.card, border: `1px solid ${c.line}`, borderRadius: 8 }}>
          <Section style={{ padding: "28px 32px 8px" }}>
            <Text style={{ margin: 0, fontSize: 15, lineHeight: "22px", fontWeight: 700 }}>
              <Link href={ctx.homeUrl} style={{ color: c.accent, textDecoration: "none" }}>
                {labels.siteName}
              </Link>
            </Text>
            <Text style={{ margin: "4px 0 0", fontSize: 14, lineHeight: "20px", color: c.muted }}>
              {[labels.date, labels.issue].filter(Boolean).join(" · ")}
            </Text>
            <Heading as="h1" style={{ margin: "16px 0 24px", fontSize: 26, lineHeight: "34px", fontWeight: 800, color: c.ink }}>
              {post.title}
            </Heading>
          </Section>
          <Section style={{ padding: "0 32px" }}>{body}</Section>
          <Section style={{ padding: "16px 32px 32px", textAlign: "center" }}>
            <Button href={ctx.postUrl} style={{ padding: "12px 24px", backgroundColor: c.accent, borderRadius: 6, color: "#ffffff", fontSize: 16, fontWeight: 700 }}>
              {labels.readOnWeb}
            </Button>
          </Section>
        </Container>
        <Container style={{ width: "100%", maxWidth: 600 }}>
          <Section style={{ padding: "16px 32px" }}>
            <Text style={{ margin: 0, fontSize: 13, lineHeight: "20px", color: c.muted, textAlign: "center" }}>
              {labels.footer}{" "}
              <Link href={ctx.unsubscribeUrl} style={{ color: c.muted, textDecorationLine: "underline" }}>
                {labels.unsubscribe}
              </Link>
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
