import QRCode from "qrcode";
import sharp from "sharp";

/** Modules of white space around the code, as the QR standard asks. */
const QUIET_ZONE = 4;
/** Screen pixels per module: a whole number, so every module is drawn the same size. */
export const QR_SCALE = 4;

export type QrImage = { src: string; width: number; height: number };

/**
 * A QR code of a URL, drawn at build time: qrcode encodes it (medium error
 * correction), sharp writes it as a two-colour PNG with one pixel per module
 * and a 4-module quiet zone, dark on white whatever the theme (a scanner needs
 * the contrast), and the page shows it QR_SCALE times larger with
 * `image-rendering: pixelated`, so its edges stay sharp. As a data: URL it
 * needs no request and no script.
 *
 * Not an SVG: a post's share QR as an SVG path was ~2 KB, in the page and
 * again in its RSC payload, and it took the post's gzipped HTML past what the
 * first round trip carries (~14 KB), which Lighthouse's phone model charged to
 * the post's LCP. This PNG is ~350 bytes.
 */
export async function qrImage(url: string): Promise<QrImage> {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" });
  const { size, data } = modules;
  const side = size + 2 * QUIET_ZONE;
  const pixels = Buffer.alloc(side * side, 255);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) if (data[row * size + col]) pixels[(row + QUIET_ZONE) * side + col + QUIET_ZONE] = 0;
  }
  const png = await sharp(pixels, { raw: { width: side, height: side, channels: 1 } }).png({ palette: true, colors: 2, compressionLevel: 9 }).toBuffer();
  return { src: `data:image/png;base64,${png.toString("base64")}`, width: side * QR_SCALE, height: side * QR_SCALE };
}
