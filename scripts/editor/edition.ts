// npm run edition -- <slug> [--locale zh|en] [--out DIR] — writes the email
// edition (HTML and text) and the WeChat Official Account edition of a post,
// draft or not, from the same compiled body as its page.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { routing, type Locale } from "@/i18n/routing";
import { formatIssue } from "@/lib/content/issues";
import { contentRoot } from "@/lib/content/store";
import { editionLocales, loadEdition, type EditionSource } from "@/lib/edition/load";
import { siteUrl } from "@/lib/site";

const USAGE = "usage: npm run edition -- <slug> [--locale zh|en] [--out DIR]\n  e.g. npm run edition -- 2026-01-25-kubecon-recap --locale zh";

class Failure extends Error {}
const fail = (message: string): never => {
  throw new Failure(message);
};
/** As the editor would type it: relative to the project, or absolute when outside it. */
const shown = (abs: string) => {
  const rel = path.relative(process.cwd(), abs);
  return rel.startsWith("..") || path.isAbsolute(rel) ? abs : rel.split(path.sep).join("/") || ".";
};

function options() {
  try {
    const { positionals, values } = parseArgs({
      allowPositionals: true,
      options: { locale: { type: "string", short: "l" }, out: { type: "string", short: "o" } },
    });
    if (positionals.length !== 1) fail(positionals.length === 0 ? `give the slug of a post\n${USAGE}` : `one slug at a time\n${USAGE}`);
    return { slug: positionals[0]!.normalize("NFC"), locale: values.locale, out: values.out };
  } catch (error) {
    if (error instanceof Failure) throw error;
    return fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
}

/** Each requested language, checked before anything is written: a broken post writes nothing. */
async function load(slug: string, requested: string | undefined): Promise<EditionSource[]> {
  if (requested !== undefined && !(routing.locales as readonly string[]).includes(requested)) {
    fail(`unknown locale "${requested}"; use ${routing.locales.join(" or ")}`);
  }
  const existing = editionLocales(slug);
  if (existing.length === 0) fail(`no post "${slug}": there is no ${shown(path.join(contentRoot(), slug))}/zh.md or en.md`);
  const locales: Locale[] = requested ? [requested as Locale] : existing;
  const sources: EditionSource[] = [];
  const problems: string[] = [];
  for (const locale of locales) {
    const loaded = await loadEdition(locale, slug);
    if (loaded.kind === "missing") fail(`"${slug}" has no ${locale} version (${existing.join(", ")} only)`);
    else if (loaded.kind === "invalid") problems.push(...loaded.issues.map(formatIssue));
    else {
      for (const issue of loaded.edition.issues) console.error(formatIssue(issue));
      sources.push(loaded.edition);
    }
  }
  if (problems.length > 0) {
    for (const line of problems) console.error(line);
    fail("fix the errors above (npm run content:check lists them too); no edition was written");
  }
  for (const missing of routing.locales.filter((l) => !requested && !existing.includes(l))) {
    console.log(`note: "${slug}" has no ${missing} version yet; writing ${existing.join(", ")} only`);
  }
  return sources;
}

async function main() {
  const { slug, locale, out } = options();
  const sources = await load(slug, locale);
  // Loaded once the arguments and the post are known good: an error answers at once.
  const { renderEditions } = await import("@/components/edition/render");
  const dir = path.resolve(out ?? path.join("editions", slug));
  if (siteUrl().startsWith("http://localhost")) {
    console.log(`note: SITE_URL is not set, so links point to ${siteUrl()}; run e.g. SITE_URL=https://digest.example.com npm run edition -- ${slug}`);
  }
  for (const source of sources) {
    const { post } = source;
    if (post.status === "draft") console.log(`note: ${post.file} is a draft (draft: true); the edition is written anyway: publish the post before you send it`);
    if (post.status === "scheduled") console.log(`note: ${post.file} is scheduled for ${post.date.iso}; until then "Read on the web" leads to a 404`);
    const { ctx, email, wechat } = await renderEditions(source);
    const target = path.join(dir, post.locale);
    mkdirSync(target, { recursive: true });
    const files: [string, string][] = [["email.html", email.html], ["email.txt", email.text], ["wechat.html", wechat.document]];
    for (const [name, text] of files) {
      writeFileSync(path.join(target, name), text);
      console.log(`wrote ${shown(path.join(target, name))}`);
    }
    console.log(`  WeChat: type the title into the editor's title field: ${post.title}`);
    console.log(`  WeChat: set 阅读原文 (Read more) to ${ctx.postUrl}`);
    if (wechat.images.length > 0) {
      console.log("  WeChat: upload these images in the WeChat editor (it does not show images from other sites):");
      for (const image of wechat.images) console.log(`    ${image}`);
    }
  }
}

main().then(
  () => (process.exitCode = 0),
  (error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
