import jsQR from "jsqr";
import sharp from "sharp";
import { describe, expect, test } from "vitest";
import { QR_SCALE, qrImage } from "@/lib/follow/qr-image";

/** What the QR code says, read from the image at the size the page shows it. */
async function decode(src: string, width: number): Promise<string | undefined> {
  const png = Buffer.from(src.replace(/^data:image\/png;base64,/, ""), "base64");
  const { data, info } = await sharp(png).resize(width, width, { kernel: "nearest" }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

describe("the share QR code", () => {
  const urls = [
    "https://weekly.example.com/zh/posts/sovereign-edge-ai-kubernetes",
    "https://weekly.example.com/en/posts/2026-01-18-weekly-0001",
    // A Chinese slug, as the canonical URL writes it (percent-encoded): a longer code.
    `https://weekly.example.com/zh/posts/${encodeURIComponent("云原生周报-第一期-主权AI与边缘计算")}`,
  ];
  for (const url of urls) {
    test(`decodes back to ${url}`, async () => {
      const qr = await qrImage(url);
      await expect(decode(qr.src, qr.width)).resolves.toBe(url);
    });
  }

  test("a small two-colour PNG, one pixel per module with the 4-module quiet zone, shown at a whole scale", async () => {
    const qr = await qrImage(urls[0]!);
    expect(qr.src).toMatch(/^data:image\/png;base64,/);
    const png = Buffer.from(qr.src.slice("data:image/png;base64,".length), "base64");
    const meta = await sharp(png).metadata();
    // A version-v code is 17 + 4v modules (version 5 for a URL this long), plus 8 of quiet zone.
    const side = meta.width!;
    expect(meta.height).toBe(side);
    expect((side - 8 - 17) % 4).toBe(0);
    expect(side).toBeLessThanOrEqual(8 + 17 + 4 * 6);
    expect(qr.width).toBe(side * QR_SCALE);
    expect(qr.height).toBe(qr.width);
    expect(png.length).toBeLessThan(600);
    // The quiet zone is white, the finder pattern's corner dark.
    const { data } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
    expect(data[0]).toBe(255);
    expect(data[4 * side + 4]).toBe(0);
    expect((await qrImage(urls[0]!)).src).toBe(qr.src);
  });
});
