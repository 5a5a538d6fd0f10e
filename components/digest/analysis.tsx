import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { DigestSection } from "./section";

type Props = { title?: string; children?: ReactNode };

export function Analysis({ title, children }: Props) {
  const t = useTranslations("Digest");
  return (
    <DigestSection id="analysis" title={title ?? t("analysis")}>
      {children}
    </DigestSection>
  );
}
