import { Link } from "@/components/layout/link";
import type { Locale } from "@/i18n/routing";
import { getTaxonomy } from "@/lib/content";
import { termName } from "@/lib/content/taxonomy";
import { paths } from "@/lib/site";

/** `searchFilter`: on a post page, each term becomes a search filter (by its name) for the index. */
type Props = { locale: Locale; kind: "tags" | "categories"; names: string[]; label: string; searchFilter?: boolean };

export function TermLinks({ locale, kind, names, label, searchFilter = false }: Props) {
  if (names.length === 0) return null;
  const taxonomy = getTaxonomy();
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {names.map((name) => (
        <li key={name} data-pagefind-filter={searchFilter ? `${kind === "tags" ? "tag" : "category"}:${termName(taxonomy, kind, name, locale)}` : undefined}>
          <Link
            href={kind === "tags" ? paths.tag(locale, name) : paths.category(locale, name)}
            className={
              kind === "tags"
                ? "inline-block rounded-full bg-accent-soft px-2.5 py-0.5 text-xs font-normal text-accent hover:underline"
                : "inline-block text-xs font-bold uppercase tracking-wide text-accent hover:underline"
            }
          >
            {kind === "tags" ? `#${termName(taxonomy, kind, name, locale)}` : termName(taxonomy, kind, name, locale)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
