import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { DigestSection } from "./section";

type Props = { title?: string; children?: ReactNode };

export function Conclusion({ title, children }: Props) {
  const t = useTranslations("Digest");
  return (
    <DigestSection id="conclusion" title={title ?? t("conclusion")} className="mt-10 rounded-2xl bg-accent-soft px-5 py-1 sm:px-6">
      {children}
    </DigestSection>
  );
}
