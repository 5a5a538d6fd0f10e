import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { routing, type Locale } from "@/i18n/routing";
import type { Comparison, Difference, Side } from "@/lib/content/compare";
import { formatIssue } from "@/lib/content/issues";
import { htmlLang } from "@/lib/locale";

type Row = { key: string; label: string; cell: (side: Side) => ReactNode; differs?: boolean; missing?: Locale };

/** Both languages of a post in two columns, row by row, with the rows that differ marked. */
export async function SideBySide({ comparison }: { comparison: Comparison }) {
  const t = await getTranslations("TranslationView");
  const { sides, differences, issues } = comparison;
  const has = (kind: Difference["kind"]) => differences.some((d) => d.kind === kind);
  const itemCount = Math.max(...routing.locales.map((l) => sides[l]?.items.length ?? 0));
  const list = (values: string[]) => (values.length > 0 ? values.join(", ") : "—");
  const rows: Row[] = [
    { key: "title", label: t("postTitle"), cell: (s) => s.title },
    { key: "date", label: t("date"), cell: (s) => s.date, differs: has("date") },
    { key: "tags", label: t("tags"), cell: (s) => list(s.tags), differs: has("tags") },
    { key: "categories", label: t("categories"), cell: (s) => list(s.categories), differs: has("categories") },
    { key: "issue", label: t("issue"), cell: (s) => s.issue ?? "—", differs: has("issue") },
    { key: "lead", label: t("lead"), cell: (s) => s.lead },
    ...Array.from({ length: itemCount }, (_, i): Row => {
      const missing = differences.find((d) => d.kind === "missingItem" && d.index === i) as { missingIn: Locale } | undefined;
      const onlyHere = differences.filter((d) => d.kind === "sourceOnlyIn" && d.index === i) as { url: string; locale: Locale }[];
      return {
        key: `item-${i + 1}`,
        label: t("item", { n: i + 1 }),
        missing: missing?.missingIn,
        differs: onlyHere.length > 0,
        cell: (s) => {
          const item = s.items[i];
          if (!item) return null;
          return (
            <>
              <p className="font-bold">{item.title}</p>
              <ul className="mt-1 space-y-0.5 text-xs break-all">
                {item.sources.map((url) => (
                  <li key={url} data-only={onlyHere.some((d) => d.url === url && d.locale === s.locale) ? "" : undefined} className="data-only:font-bold data-only:text-red-700 dark:data-only:text-red-300">
                    {url}
                  </li>
                ))}
              </ul>
            </>
          );
        },
      };
    }),
    { key: "analysis", label: t("analysis"), cell: (s) => s.analysis || "—" },
    { key: "conclusion", label: t("conclusion"), cell: (s) => s.conclusion || "—" },
  ];
  const describe = (d: Difference) => {
    switch (d.kind) {
      case "missingItem":
        return t("diff_missingItem", { n: d.index + 1, locale: d.missingIn });
      case "sourceOnlyIn":
        return t("diff_sourceOnlyIn", { n: d.index + 1, url: d.url, locale: d.locale });
      case "stale":
      case "missingTranslation":
        return t(`diff_${d.kind}`, { locale: d.locale });
      default:
        return t(`diff_${d.kind}`);
    }
  };
  return (
    <>
      <section aria-labelledby="differences" className="mt-6 rounded-xl border border-line bg-card p-4">
        <h2 id="differences" className="font-bold">{t("differences")}</h2>
        {differences.length === 0 ? (
          <p className="mt-2 text-sm">{t("none")}</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {differences.map((d, i) => (
              <li key={i}>{describe(d)}</li>
            ))}
          </ul>
        )}
      </section>
      <div className="mt-6 overflow-x-auto">
        <table className="w-full table-fixed border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="w-32 py-2 pr-3">{t("field")}</th>
              {routing.locales.map((l) => (
                <th key={l} scope="col" className="py-2 pr-3">
                  {l}
                  {sides[l] && (
                    <a href={sides[l]!.editorUrl} className="ml-2 text-xs font-normal text-accent underline">
                      {t("openInEditor", { file: sides[l]!.file })}
                    </a>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-row={row.key} data-differs={row.differs || row.missing ? "" : undefined} className="border-b border-line align-top data-differs:bg-amber-50 dark:data-differs:bg-amber-950/40">
                <th scope="row" className="py-2 pr-3 font-normal">
                  {row.label}
                  {(row.differs || row.missing) && <span className="ml-1 block text-xs font-bold text-amber-800 dark:text-amber-300">{row.missing ? `${t("missing")}: ${row.missing}` : t("differs")}</span>}
                </th>
                {routing.locales.map((l) => (
                  <td key={l} lang={htmlLang[l]} className="py-2 pr-3">
                    {sides[l] ? row.cell(sides[l]!) : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="check" className="mt-6">
        <h2 id="check" className="font-bold">{t("checkMessages")}</h2>
        {issues.length === 0 ? (
          <p className="mt-2 text-sm">{t("noMessages")}</p>
        ) : (
          <ul className="mt-2 space-y-1 font-mono text-xs break-all">
            {issues.map((issue, i) => (
              <li key={i}>{formatIssue(issue)}</li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
