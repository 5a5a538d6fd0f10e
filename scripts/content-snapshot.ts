// `npm run build` runs this between compiling and generating: it reads and
// analyses the content once and writes it to the file given, which every build
// worker then reads instead of the posts (lib/content/store.ts,
// writeContentSnapshot).
import { writeContentSnapshot } from "@/lib/content/store";

const file = process.argv[2];
if (!file) {
  console.error("usage: tsx scripts/content-snapshot.ts FILE");
  process.exit(2);
}
writeContentSnapshot(file);
