"use client";

import { useState } from "react";

type Labels = { sending: string; sent: string; failed: string };

/**
 * With JavaScript, the sign-up form's fields go to the same address from the
 * page, and the reader stays where they were, told in their language here.
 * The reply is the service's, unreadable across origins: a request that
 * arrives counts as sent. Only this line is a client component, so a page
 * with a form ships a few hundred bytes for it, and a build whose site sets
 * no newsletter ships none (form-status.none.tsx).
 */
export function FormStatus({ labels }: { labels: Labels }) {
  const [state, setState] = useState<keyof Labels | null>(null);
  const attach = (line: HTMLParagraphElement | null) => {
    const form = line?.closest("form");
    if (!form) return;
    form.onsubmit = (event) => {
      event.preventDefault();
      setState("sending");
      fetch(form.action, { method: "POST", mode: "no-cors", credentials: "omit", body: new URLSearchParams(new FormData(form) as unknown as Record<string, string>) }).then(
        () => setState("sent"),
        () => setState("failed"),
      );
    };
  };
  return (
    <p role="status" ref={attach} data-form-status className="mt-2 min-h-5 text-sm">
      {state && labels[state]}
    </p>
  );
}
