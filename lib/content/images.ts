import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Image, Root } from "mdast";
import { imageSize } from "image-size";
import { visit } from "unist-util-visit";
import { leavesFolder, linkOutMessage } from "./confine";
import type { ContentIssue } from "./issues";
import { svgProblem } from "./svg-check";

/**
 * Images sit in the post's folder, beside zh.md and en.md, and are written
 * `![alt](./chart.png)`. They are published under a content-hashed URL
 * (`/media/<hash>.<ext>`, cached forever) with their width and height, and
 * raster images also as smaller WebP copies for phones (`/media/<hash>-<w>.webp`).
 */
const IMAGE_TYPES: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
  avif: "image/avif",
  svg: "image/svg+xml",
};
/** Resized for smaller screens; GIF (animation) and SVG (vector) are served as they are. */
const RESPONSIVE = new Set(["png", "jpg", "jpeg", "webp", "avif"]);
/** Widths of the copies; each one narrower than the original is made. */
const VARIANT_WIDTHS = [480, 960, 1440];
/** The post column is 44rem wide less its padding; on a phone, the screen less 2rem. */
const IMAGE_SIZES = "(min-width: 44rem) 656px, calc(100vw - 2rem)";
const LARGE = 1024 * 1024;

const MEDIA_PREFIX = "/media/";

/** An image reference as written in a post, with where it is written. */
export type ImageRef = { url: string; line: number; column: number };

export type ImageAsset = {
  /** The published URL of the original, e.g. `/media/3f2a…9c.png`. */
  src: string;
  width: number;
  height: number;
  /** Smaller WebP copies, narrowest first. */
  variants: { width: number; src: string }[];
};

/** A published file: where its bytes come from, and the width to resize to (for a copy). */
export type MediaFile = { abs: string; type: string; width?: number };

/** Whether a Markdown image URL points into the post's folder (rather than at a web address). */
const isLocalImage = (url: string) => !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith("//");

/**
 * For `.md` and `.mdx` alike: reports images without alt text and collects
 * the local ones (`onRefs`); given the resolved `assets` (or a function that
 * resolves the refs it collected, in the same pass), points each at its
 * published URL with its size, and loads all but the lead's lazily.
 */
export function remarkImages(options: {
  file: string;
  issues: ContentIssue[];
  assets?: Record<string, ImageAsset> | ((refs: ImageRef[]) => Record<string, ImageAsset>);
  onRefs?: (refs: ImageRef[]) => void;
}) {
  return (tree: Root) => {
    // `![alt][ref]` with `[ref]: ./x.png` is the same image as `![alt](./x.png)`.
    const definitions = new Map<string, { url: string; title?: string | null }>();
    visit(tree, "definition", (d) => void definitions.set(d.identifier, d));
    visit(tree, "imageReference", (node, index, parent) => {
      const d = definitions.get(node.identifier);
      if (!d || !parent || index === undefined) return;
      const image: Image = { type: "image", url: d.url, title: d.title, alt: node.alt, position: node.position };
      parent.children[index] = image;
    });

    const firstSection = tree.children.findIndex((n) => n.type === "heading" && n.depth <= 2);
    const leadNodes = new Set(firstSection === -1 ? tree.children : tree.children.slice(0, firstSection));
    const refs: ImageRef[] = [];
    const found: { node: Image; lead: boolean }[] = [];
    for (const top of tree.children) {
      visit(top, "image", (node) => {
        if (!isLocalImage(node.url)) return;
        const at = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
        if (!node.alt?.trim()) {
          options.issues.push({ file: options.file, ...at, severity: "error", message: `image "${node.url}" has no alt text; describe it for readers who cannot see it: ![what the image shows](${node.url})` });
        }
        refs.push({ url: node.url, ...at });
        found.push({ node, lead: leadNodes.has(top) });
      });
    }
    options.onRefs?.(refs);
    const assets = typeof options.assets === "function" ? options.assets(refs) : options.assets;
    for (const { node, lead } of found) {
      const asset = assets?.[node.url];
      if (!asset) continue;
      node.url = asset.src;
      const srcSet = asset.variants.length > 0 ? [...asset.variants.map((v) => `${v.src} ${v.width}w`), `${asset.src} ${asset.width}w`].join(", ") : undefined;
      node.data = {
        ...node.data,
        hProperties: {
          width: asset.width,
          height: asset.height,
          srcSet,
          sizes: srcSet ? IMAGE_SIZES : undefined,
          // The lead's images are on the first screen; the rest load as the reader scrolls.
          loading: lead ? undefined : "lazy",
          decoding: "async",
        },
      };
    }
  };
}

/** Dependencies of an entry on image files, so that `npm run dev` notices an edited or added image. */
export type ImageDependency = { abs: string; mtimeMs: number };

type ResolvedImages = { assets: Record<string, ImageAsset>; media: Map<string, MediaFile>; issues: ContentIssue[]; dependencies: ImageDependency[] };

const mtimeOf = (abs: string) => {
  try {
    return statSync(abs).mtimeMs;
  } catch {
    return -1;
  }
};

/**
 * Checks each referenced image and computes its published URLs and size.
 * `dir` is the post's folder; `contentFolder` the folder no file may leave
 * through a symbolic link (content/).
 */
export function resolveImages(file: string, dir: string, refs: ImageRef[], contentFolder = path.dirname(path.dirname(dir))): ResolvedImages {
  const result: ResolvedImages = { assets: {}, media: new Map(), issues: [], dependencies: [] };
  const report = (ref: ImageRef, message: string, severity: ContentIssue["severity"] = "error") =>
    result.issues.push({ file, line: ref.line, column: ref.column, severity, message });
  for (const ref of refs) {
    if (result.assets[ref.url]) continue;
    let relative: string;
    try {
      relative = decodeURI(ref.url.split(/[?#]/)[0]!);
    } catch {
      relative = ref.url;
    }
    const abs = path.resolve(dir, relative);
    if (relative.startsWith("/") || path.relative(dir, abs).startsWith("..")) {
      report(ref, `image "${ref.url}" is outside the post's folder; put the file next to this post and write ./${path.basename(relative)}`);
      continue;
    }
    if (leavesFolder(abs, contentFolder)) {
      report(ref, linkOutMessage(`image "${ref.url}"`, `${path.basename(contentFolder)}/`));
      continue;
    }
    const ext = path.extname(abs).slice(1).toLowerCase();
    if (!IMAGE_TYPES[ext]) {
      report(ref, `image "${ref.url}" is not a supported image; use ${Object.keys(IMAGE_TYPES).join(", ")}`);
      continue;
    }
    result.dependencies.push({ abs, mtimeMs: mtimeOf(abs) });
    let bytes: Buffer;
    try {
      bytes = readFileSync(abs);
    } catch {
      report(ref, `image "${ref.url}" not found: there is no ${path.basename(abs)} in this post's folder (names are case-sensitive)`);
      continue;
    }
    const svgIssue = ext === "svg" ? svgProblem(bytes.toString("utf8")) : null;
    if (svgIssue) {
      report(ref, `image "${ref.url}" ${svgIssue}; export it again as a plain SVG drawing (shapes, text, gradients, filters), without script, links or embedded files`);
      continue;
    }
    let size: { width?: number; height?: number };
    try {
      size = imageSize(bytes);
    } catch {
      size = {};
    }
    if (!size.width || !size.height) {
      report(ref, `image "${ref.url}" could not be read as ${ext.toUpperCase()}; save it again or convert it to PNG or JPEG`);
      continue;
    }
    if (bytes.length > LARGE) {
      report(ref, `image "${ref.url}" is ${(bytes.length / LARGE).toFixed(1)} MB; readers on phones download it too: keep images under 1 MB (resize it or save as JPEG/WebP)`, "warning");
    }
    const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 16);
    const original = `${hash}.${ext}`;
    result.media.set(original, { abs, type: IMAGE_TYPES[ext]! });
    const variants = RESPONSIVE.has(ext)
      ? VARIANT_WIDTHS.filter((w) => w < size.width!).map((width) => {
          const name = `${hash}-${width}.webp`;
          result.media.set(name, { abs, type: "image/webp", width });
          return { width, src: `${MEDIA_PREFIX}${name}` };
        })
      : [];
    result.assets[ref.url] = { src: `${MEDIA_PREFIX}${original}`, width: size.width, height: size.height, variants };
  }
  return result;
}

/** Whether the images an entry depends on changed since they were read. */
export const imagesChanged = (dependencies: ImageDependency[]) => dependencies.some((d) => mtimeOf(d.abs) !== d.mtimeMs);
