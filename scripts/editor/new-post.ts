// npm run new -- <slug> [--locale zh|en] — scaffolds a draft digest in the
// seed post's structure (lib/editor/new-draft.ts, which the inbox uses too).
import { parseArgs } from "node:util";
import { routing, type Locale } from "@/i18n/routing";
import { createDraft, DraftError } from "@/lib/editor/new-draft";

const USAGE = "usage: npm run new -- <slug> [--locale zh|en]\n  e.g. npm run new -- 2026-01-25-kubecon-recap --locale en";

function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(1);
}

function main() {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { locale: { type: "string", short: "l", default: routing.defaultLocale } } });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1) fail(positionals.length === 0 ? `give the post a slug\n${USAGE}` : `one slug at a time\n${USAGE}`);
  const slug = positionals[0]!.normalize("NFC");
  const locale = values.locale;
  if (!(routing.locales as readonly string[]).includes(locale)) fail(`unknown locale "${locale}"; use ${routing.locales.join(" or ")}`);

  let created;
  try {
    created = createDraft(slug, locale as Locale);
  } catch (error) {
    if (error instanceof DraftError) fail(error.message);
    throw error;
  }
  const { file, original, issue } = created;
  console.log(`created ${file}`);
  if (original) console.log(`  date, source, categories, tags${original.issue === undefined ? "" : " and the issue number"} are taken from the other language`);
  else console.log(`  issue: ${issue} (the next free number)`);
  console.log("  It is a draft: fill it in, preview with npm run dev, check with npm run content:check, then set draft: false.");
}

main();
