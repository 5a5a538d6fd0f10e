import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { DigestSection } from "./section";

type Props = { title?: string; children?: ReactNode };

export function MainNews({ title, children }: Props) {
  const t = useTranslations("Digest");
  return (
    <DigestSection id="main-news" title={title ?? t("mainNews")}>
      <div className="not-prose grid gap-5">{children}</div>
    </DigestSection>
  );
}
