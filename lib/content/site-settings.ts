import { readFileSync } from "node:fs";
import path from "node:path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { z } from "zod";
import { resolveImages, type ImageAsset, type MediaFile } from "./images";
import type { ContentIssue } from "./issues";

/**
 * content/site.yml: the owner's public settings, beside the posts folder.
 * Secrets and deployment settings stay in the environment (lib/env.ts). Each
 * setting is one key of the schema below; an unknown key is an error, so a
 * typo is never silently ignored.
 *
 *   # The previous site's feed addresses besides /feed.xml, /atom.xml and
 *   # /feed/, each redirected to this site's feed (npm run import:jekyll
 *   # writes the one jekyll-feed was configured with).
 *   feed_aliases: [/blog/atom.xml]
 *
 *   # An email sign-up form posting straight to the service (lib/newsletter.ts):
 *   newsletter:
 *     provider: buttondown   # buttondown | mailchimp | listmonk
 *     id: cnweekly           # buttondown: the username
 *     # mailchimp: action: https://<dc>.list-manage.com/subscribe/post?u=…&id=…
 *     # listmonk:  url: https://lists.example.com, lists: [<list uuid>, …]
 *
 *   # The WeChat Official Account (公众号): its name and QR code, an image beside this file.
 *   wechat: { name: 云原生周报, qr: ./wechat-qr.png }
 */
const httpsUrl = (what: string) =>
  z
    .string({ error: `must be the ${what} URL` })
    .trim()
    .refine((u) => URL.canParse(u) && /^https?:$/.test(new URL(u).protocol), `must be the ${what} URL, starting with https://`);
const newsletterSchema = z.discriminatedUnion(
  "provider",
  [
    z.strictObject({ provider: z.literal("buttondown"), id: z.string({ error: "must be the Buttondown username" }).trim().regex(/^[\w.-]+$/, "must be the Buttondown username (letters, digits, - _ .)") }),
    z.strictObject({
      provider: z.literal("mailchimp"),
      action: httpsUrl("embedded form's action").refine((u) => {
        const q = URL.canParse(u) ? new URL(u).searchParams : null;
        return Boolean(q?.get("u") && q.get("id"));
      }, "must be the embedded form's action URL with its u= and id= (Audience → Signup forms → Embedded form)"),
    }),
    z.strictObject({
      provider: z.literal("listmonk"),
      url: httpsUrl("listmonk root"),
      lists: z.array(z.string().trim().regex(/^[0-9a-f-]{36}$/i, "must be a list's UUID (Lists → the list → UUID)"), { error: "must be a list of list UUIDs" }).min(1, "must name at least one list"),
    }),
  ],
  { error: "provider must be buttondown, mailchimp or listmonk" },
);
const wechatSchema = z.strictObject(
  {
    name: z.string({ error: "must be the account's name" }).trim().min(1, "must not be empty"),
    qr: z.string({ error: "must be the QR code image beside site.yml, e.g. ./wechat-qr.png" }).trim().min(1, "must not be empty"),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `unknown key ${issue.keys.map((k) => `"${k}"`).join(", ")}; use name and qr` : "must be { name: …, qr: ./wechat-qr.png }") },
);

const schema = z.strictObject(
  {
    newsletter: newsletterSchema.nullish().transform((v) => v ?? undefined),
    wechat: wechatSchema.nullish().transform((v) => v ?? undefined),
    feed_aliases: z
      .array(z.string({ error: "must be a path such as /blog/atom.xml" }), { error: "feed_aliases must be a list of paths, e.g. [/blog/atom.xml]" })
      .nullish()
      .transform((list) => (list ?? []).map((p) => p.trim())),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `unknown setting ${issue.keys.map((k) => `"${k}"`).join(", ")}; the settings are: feed_aliases, newsletter, wechat` : "must be a set of key: value lines") },
);

export type SiteSettings = z.infer<typeof schema>;

/** Where a value was written, for settings that are checked against the rest of the site (1-based). */
export type Located<T> = { value: T; file: string; line: number; column: number };

export type LoadedSettings = {
  settings: SiteSettings;
  /** The feed aliases with their positions in the file. */
  feedAliases: Located<string>[];
  /** Where the WeChat QR code was written, and the image as published (checked like a post's image, by loadSiteSettings). */
  qrAt?: Located<string>;
  wechatQr?: ImageAsset;
  media: Map<string, MediaFile>;
  issues: ContentIssue[];
};

export const siteSettingsFile = (contentRoot: string) => path.join(path.dirname(contentRoot), "site.yml");

const EMPTY: SiteSettings = { feed_aliases: [], newsletter: undefined, wechat: undefined };

/** Parses the file's text (null: no file, every setting at its default); errors name `file:line:col`. */
export function parseSiteSettings(file: string, raw: string | null): LoadedSettings {
  if (raw === null) return { settings: EMPTY, feedAliases: [], media: new Map(), issues: [] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(raw.replace(/^\uFEFF/, ""), { uniqueKeys: true, prettyErrors: false, lineCounter });
  const at = (node: Node | undefined, message: string): ContentIssue => ({ file, ...lineCol(lineCounter, node?.range?.[0] ?? 0), severity: "error", message });
  if (doc.errors.length > 0) {
    const issues = doc.errors.map((e): ContentIssue => ({ file, ...lineCol(lineCounter, e.pos[0]), severity: "error", message: `invalid YAML: ${e.message.split("\n")[0]}` }));
    return { settings: EMPTY, feedAliases: [], media: new Map(), issues };
  }
  const result = schema.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    const issues = result.error.issues.map((issue) => {
      let node: unknown = doc.contents;
      for (const key of issue.path) {
        if (isMap(node)) node = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key))?.value ?? node;
        else if (isSeq(node) && typeof key === "number") node = node.items[key] ?? node;
      }
      return at(node as Node, `${issue.path.length ? `${issue.path.join(".")}: ` : ""}${issue.message}`);
    });
    return { settings: EMPTY, feedAliases: [], media: new Map(), issues };
  }
  const list = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === "feed_aliases")?.value : null;
  const nodes = isSeq(list) ? (list.items as Node[]) : [];
  const feedAliases = result.data.feed_aliases.map((value, i) => ({ value, file, ...lineCol(lineCounter, nodes[i]?.range?.[0] ?? 0) }));
  const wechat = isMap(doc.contents) ? doc.contents.get("wechat", true) : null;
  const qrNode = isMap(wechat) ? (wechat.get("qr", true) as Node | undefined) : undefined;
  const qrAt = result.data.wechat && { value: result.data.wechat.qr, file, ...lineCol(lineCounter, qrNode?.range?.[0] ?? 0) };
  return { settings: result.data, feedAliases, qrAt, media: new Map(), issues: [] };
}

/**
 * The QR image beside site.yml, checked as a post's images are (there, a
 * supported and readable image, not leaving content/), published under /media.
 */
function withQr(loaded: LoadedSettings, folder: string): LoadedSettings {
  const qr = loaded.qrAt;
  if (!qr) return loaded;
  const { assets, media, issues } = resolveImages(qr.file, folder, [{ url: qr.value, line: qr.line, column: qr.column }], folder);
  const reworded = issues.map((i) => ({ ...i, message: i.message.replace(/(this|the) post's folder/g, "the folder of site.yml").replace("next to this post", "next to site.yml") }));
  return { ...loaded, wechatQr: assets[qr.value], media, issues: [...loaded.issues, ...reworded] };
}

function lineCol(lineCounter: LineCounter, offset: number) {
  const pos = lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

export function loadSiteSettings(contentRoot: string, relative: (abs: string) => string): LoadedSettings {
  const abs = siteSettingsFile(contentRoot);
  let raw: string | null;
  try {
    raw = readFileSync(abs, "utf8");
  } catch {
    raw = null;
  }
  return withQr(parseSiteSettings(relative(abs), raw), path.dirname(abs));
}
