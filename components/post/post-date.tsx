import { useFormatter } from "next-intl";
import { wallClock, type PostDate as PostDateValue } from "@/lib/content/dates";

type Props = { date: PostDateValue; format?: "long" | "short" | "monthDay" };

/** The date as the author wrote it, in the author's offset. */
export function PostDate({ date, format = "long" }: Props) {
  const f = useFormatter();
  return <time dateTime={date.iso}>{f.dateTime(wallClock(date), format)}</time>;
}
