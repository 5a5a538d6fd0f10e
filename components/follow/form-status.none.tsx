/**
 * FormStatus where no sign-up form can render: content/site.yml sets no
 * newsletter, so next.config.ts (lib/follow/form-status-alias.ts) points
 * `@/components/follow/form-status` here, and the pages that could hold a
 * form (home, posts, subscribe) carry no client code for one.
 */
export function FormStatus(): null {
  return null;
}
