// `npm run build` runs this beside compiling, before generating: it reads,
// analyses and compiles the content once and writes it to the file given,
// which every build worker then reads instead of the posts
// (lib/content/store.ts, writeContentSnapshot). With a carry file, unchanged
// posts keep the work of the previous build.
import { writeContentSnapshot } from "@/lib/content/store";
import { redirectProblems } from "@/lib/site-paths";

const [file, carryFile] = process.argv.slice(2);
if (!file) {
  console.error("usage: tsx scripts/build/content-snapshot.ts FILE [CARRY_FILE]");
  process.exit(2);
}
// Redirect errors (lib/site-paths.ts) join the content's own, so the build names them all at once.
const { files, reused } = writeContentSnapshot(file, carryFile, redirectProblems);
console.log(`content snapshot: ${files} files${carryFile ? `, ${reused} unchanged since the previous build and not parsed again` : ""}`);

