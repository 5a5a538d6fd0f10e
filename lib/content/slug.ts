/**
 * A post's folder name, which is its URL: lowercase letters of any script
 * (Chinese is fine), digits, and single hyphens between them. One rule for
 * the content store, `npm run new` and `npm run import:jekyll`.
 */
const SLUG = /^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u;

export const isSlug = (value: string) => SLUG.test(value);

/** The nearest valid slug to a name (`Hello_World` → `hello-world`), or null. */
export function suggestSlug(value: string): string | null {
  const hint = value.toLowerCase().replace(/[^\p{Ll}\p{Lo}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
  return isSlug(hint) ? hint : null;
}
