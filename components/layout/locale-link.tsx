"use client";

import type { ReactNode } from "react";

type Props = { href: string; locale: string; lang: string; description?: string; className?: string; children: ReactNode };

/**
 * A plain link to the other language (works without JavaScript); with
 * JavaScript it also remembers the choice for the `/` redirect.
 *
 * The visible language name is the accessible name (WCAG 2.5.3, label in
 * name), spoken in its own language; where the link goes is the description,
 * in the page's language.
 */
export function LocaleLink({ href, locale, lang, description, className, children }: Props) {
  return (
    <a
      href={href}
      hrefLang={lang}
      title={description}
      className={className}
      onClick={() => {
        document.cookie = `NEXT_LOCALE=${locale};path=/;max-age=31536000;samesite=lax`;
      }}
    >
      <span lang={lang}>{children}</span>
    </a>
  );
}
