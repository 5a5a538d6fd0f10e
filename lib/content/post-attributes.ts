import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";

/**
 * An id a post may give, to a news item (`item-N`, `{#my-id}`) or to an
 * element (`<span id="…">`). A browser makes every id a global variable
 * unless a script defined that name first, so `id="__next_f"` or
 * `id="TURBOPACK"` would replace what Next.js reads at startup and the page
 * would never come alive. The names the page's scripts use all hold an
 * underscore or a capital letter; an id never does.
 */
export const ANCHOR_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Ids the post's page gives its own parts (components/post, components/digest):
 * a post's element with one of them would take the links to that part.
 */
const PAGE_IDS = /^(?:content|main-news|analysis|conclusion|sources|scripts-after-paint|item-\d+|source-\d+|cite-.+|.+-title)$/;

export const isPageId = (id: string) => PAGE_IDS.test(id);

/** Why an element's id cannot be used, or null: `taken` holds the ids of the post's news items and earlier elements. */
export function idProblem(id: string, taken: ReadonlySet<string>): string | null {
  if (!ANCHOR_ID.test(id)) return idMessage(id);
  if (isPageId(id)) return `id "${id}" is one the page gives its own parts (news items, sections, sources); choose another`;
  if (taken.has(id)) return `id "${id}" is used twice in this post; a link to it would find only the first`;
  return null;
}

const idMessage = (id: string) =>
  `id "${id}" is not allowed in posts: ids are lowercase letters, digits and single hyphens (like "key-numbers"), so that none can replace a name the page's scripts use`;

/** Classes a post may use. None: a post is styled by the site, and any of its utilities (`fixed inset-0 …`) could cover the page. */
export const classNameMessage = "className is not allowed in posts: the site styles every post, and its classes could cover or hide the page";

/** Whether a link leaves the site: an address with a scheme, or `//host/…` (which browsers also read in `/\host` and `\\host`). */
const leavesSite = (href: string) => /^\s*(?:[a-z][a-z0-9+.-]*:|[/\\]{2})/i.test(href);

/**
 * An author's `<a>` opens pages this site does not control: `rel="opener"`
 * would hand that page this window, which it could then send anywhere
 * (reverse tabnabbing). The author's other rel words stay; `opener` goes, and
 * a link that opens another window or leaves the site always gets
 * `noopener noreferrer`.
 */
export function guardLinkRel(node: MdxJsxFlowElement | MdxJsxTextElement) {
  const attrs = node.attributes.filter((a): a is MdxJsxAttribute => a.type === "mdxJsxAttribute");
  const valueOf = (name: string) => attrs.find((a) => a.name === name)?.value;
  const rel = valueOf("rel");
  const href = valueOf("href");
  const words = new Set((typeof rel === "string" ? rel : "").toLowerCase().split(/\s+/).filter((w) => w !== "" && w !== "opener"));
  if (attrs.some((a) => a.name === "target") || (typeof href === "string" && leavesSite(href))) {
    words.add("noopener");
    words.add("noreferrer");
  }
  node.attributes = node.attributes.filter((a) => a.type !== "mdxJsxAttribute" || a.name !== "rel");
  if (words.size > 0) node.attributes.push({ type: "mdxJsxAttribute", name: "rel", value: [...words].join(" ") });
}
