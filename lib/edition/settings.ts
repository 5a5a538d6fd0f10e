import { env } from "@/lib/env";

/**
 * The unsubscribe link of the email edition: a merge tag that the newsletter
 * service replaces with each subscriber's own link when it sends the email.
 * The default suits services that use `{{unsubscribe_url}}`; set
 * DIGEST_UNSUBSCRIBE_URL to your service's tag (Mailchimp `*|UNSUB|*`,
 * Buttondown `{{ unsubscribe_url }}`, Listmonk `{{ UnsubscribeURL }}`).
 */
const DEFAULT_UNSUBSCRIBE_URL = "{{unsubscribe_url}}";

export function unsubscribeUrl(): string {
  return env.unsubscribeUrl() ?? DEFAULT_UNSUBSCRIBE_URL;
}
