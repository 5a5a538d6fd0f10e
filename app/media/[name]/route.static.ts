/** Posts' images in the plain-files build (npm run build:static): the published ones, as files. */
export const dynamic = "force-static";
export const dynamicParams = false;

import { exportable } from "@/lib/routes";
import { mediaParams } from "./media-file";

export { GET } from "./media-file";

export function generateStaticParams() {
  return exportable(mediaParams(), "file");
}
