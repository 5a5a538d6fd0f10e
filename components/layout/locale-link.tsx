"use client";

import type { ReactNode } from "react";

type Props = { href: string; locale: string; lang: string; label?: string; className?: string; children: ReactNode };

/**
 * A plain link to the other language (works without JavaScript); with
 * JavaScript it also remembers the choice for the `/` redirect.
 */
export function LocaleLink({ href, locale, lang, label, className, children }: Props) {
  return (
    <a
      href={href}
      hrefLang={lang}
      lang={lang}
      aria-label={label}
      className={className}
      onClick={() => {
        document.cookie = `NEXT_LOCALE=${locale};path=/;max-age=31536000;samesite=lax`;
      }}
    >
      {children}
    </a>
  );
}
