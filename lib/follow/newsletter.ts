import type { SiteSettings } from "@/lib/content/site-settings";

export type NewsletterSettings = NonNullable<SiteSettings["newsletter"]>;

/**
 * The sign-up form each service documents for embedding on another site: it
 * posts (application/x-www-form-urlencoded) straight to the service, which
 * answers with its own confirmation page, so nothing of ours runs.
 * - Buttondown: https://buttondown.com/api/emails/embed-subscribe/<username>,
 *   `email`, and `embed=1` (the service's own embed code sends it).
 * - Mailchimp: the embedded form's `action` (…list-manage.com/subscribe/post?u=…&id=…),
 *   `EMAIL`, and the honeypot text field `b_<u>_<id>` a person leaves empty.
 * - listmonk: <root>/subscription/form, `email`, one `l` per list UUID, and
 *   the honeypot `nonce` a person leaves empty.
 */
export type NewsletterForm = {
  provider: NewsletterSettings["provider"];
  action: string;
  /** The only origin the form posts to: the CSP's form-action (and connect-src, for the script) allow it. */
  origin: string;
  emailField: string;
  hidden: { name: string; value: string }[];
  /** A field people never see nor fill in; bots do, and the service then drops the sign-up. */
  honeypot?: string;
};

export function newsletterForm(settings: NewsletterSettings): NewsletterForm {
  switch (settings.provider) {
    case "buttondown": {
      const action = `https://buttondown.com/api/emails/embed-subscribe/${encodeURIComponent(settings.id)}`;
      return { provider: "buttondown", action, origin: new URL(action).origin, emailField: "email", hidden: [{ name: "embed", value: "1" }] };
    }
    case "mailchimp": {
      const url = new URL(settings.action);
      return {
        provider: "mailchimp",
        action: url.toString(),
        origin: url.origin,
        emailField: "EMAIL",
        hidden: [],
        honeypot: `b_${url.searchParams.get("u")}_${url.searchParams.get("id")}`,
      };
    }
    case "listmonk": {
      const action = new URL("subscription/form", settings.url.endsWith("/") ? settings.url : `${settings.url}/`).toString();
      return { provider: "listmonk", action, origin: new URL(action).origin, emailField: "email", hidden: settings.lists.map((value) => ({ name: "l", value })), honeypot: "nonce" };
    }
  }
}
