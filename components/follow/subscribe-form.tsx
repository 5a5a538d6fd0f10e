import type { NewsletterForm } from "@/lib/follow/newsletter";
import { FormStatus } from "@/components/follow/form-status";

type Labels = { title: string; intro: string; email: string; submit: string; sending: string; sent: string; failed: string };
type Props = { form: NewsletterForm; labels: Labels; compact?: boolean; id: string };

/**
 * The email sign-up form. Without JavaScript it is a plain form posting to
 * the service, which shows its own confirmation page; with it, FormStatus
 * sends it from the page and says what happened.
 */
export function SubscribeForm({ form, labels, compact = false, id }: Props) {
  return (
    <form action={form.action} method="post" data-subscribe={form.provider} aria-labelledby={`${id}-title`} className={compact ? "mt-10 rounded-xl border border-line bg-card p-4" : "mt-4"}>
      <h2 id={`${id}-title`} className={compact ? "font-bold" : "text-xl font-bold"}>
        {labels.title}
      </h2>
      <p className="mt-1 text-sm text-muted">{labels.intro}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        <label htmlFor={`${id}-email`} className="sr-only">
          {labels.email}
        </label>
        <input id={`${id}-email`} type="email" name={form.emailField} required autoComplete="email" placeholder={labels.email} className="min-w-0 flex-1 rounded-lg border border-line bg-transparent px-3 py-2" />
        {form.hidden.map((h, i) => (
          <input key={i} type="hidden" name={h.name} value={h.value} />
        ))}
        {form.honeypot && (
          // The services' own honeypot: off screen, out of the tab order, left empty by people.
          <div aria-hidden="true" className="absolute -left-[5000px]">
            <input type="text" name={form.honeypot} tabIndex={-1} defaultValue="" autoComplete="off" />
          </div>
        )}
        <button type="submit" className="rounded-lg bg-accent px-4 py-2 font-bold text-page hover:opacity-90">
          {labels.submit}
        </button>
      </div>
      <FormStatus labels={{ sending: labels.sending, sent: labels.sent, failed: labels.failed }} />
    </form>
  );
}
