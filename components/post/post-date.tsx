import { useLocale } from "next-intl";
import { formatDate, type DateFormat } from "@/i18n/format-date";
import { wallClock, type PostDate as PostDateValue } from "@/lib/content/dates";

type Props = { date: PostDateValue; format?: Exclude<DateFormat, "year"> };

/** The date as the author wrote it, in the author's offset. */
export function PostDate({ date, format = "long" }: Props) {
  return <time dateTime={date.iso}>{formatDate(useLocale(), wallClock(date), format)}</time>;
}
