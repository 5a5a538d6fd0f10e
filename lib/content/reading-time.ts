const HAN = /\p{Script=Han}/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Chinese is read at about 400 characters a minute, English at about 230 words. */
export function readingMinutes(text: string): number {
  const han = text.match(HAN)?.length ?? 0;
  const words = text.replace(HAN, " ").match(WORD)?.length ?? 0;
  return Math.max(1, Math.round(han / 400 + words / 230));
}
