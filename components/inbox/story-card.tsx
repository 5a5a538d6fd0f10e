import { useFormatter, useTranslations } from "next-intl";
import type { Story } from "@/lib/editor/inbox";
import { paths } from "@/lib/site";

type Props = { story: Story; index: number };

const domainOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
};

/** One candidate: a checkbox named by its title, where it came from, and whether an issue already cited it. */
export function StoryCard({ story, index }: Props) {
  const t = useTranslations("InboxStory");
  const f = useFormatter();
  const id = `story-${index}`;
  const covered = story.covered;
  return (
    <li className="border-b border-line py-4" data-story={story.key}>
      <div className="flex items-start gap-3">
        <input id={id} type="checkbox" name="story" value={story.key} className="mt-1.5 size-4" aria-describedby={`${id}-about`} />
        <div className="min-w-0 flex-1">
          <label htmlFor={id} className="font-bold">
            {story.title}
          </label>
          <p id={`${id}-about`} className="text-sm text-muted">
            {story.date ? <time dateTime={story.date}>{f.dateTime(new Date(story.date), "short")}</time> : t("undated")} ·{" "}
            {t("via", { feeds: story.feeds.map((feed) => feed.title).join(" · ") })}
          </p>
          {story.summary && <p className="mt-1">{story.summary}</p>}
          <p className="mt-1 flex flex-wrap gap-x-4 text-sm">
            <a href={story.url} className="text-accent underline" rel="noopener noreferrer">
              {t("read", { domain: domainOf(story.url) })}
            </a>
            {covered && (
              <a href={`${paths.post(covered.locale, covered.slug)}${covered.item ? `#${covered.item.id}` : ""}`} className="font-bold text-amber-800 underline dark:text-amber-300">
                {t("covered", { issue: covered.issue })}
              </a>
            )}
          </p>
        </div>
      </div>
    </li>
  );
}
