import QRCode from "qrcode";

/**
 * A QR code of a URL as an SVG document, drawn at build time (qrcode), so a
 * reader sees it with no script and no request to anyone. Medium error
 * correction, a 4-module quiet zone, dark on white whatever the theme (a
 * scanner needs the contrast).
 */
export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 4, color: { dark: "#000000", light: "#ffffff" } });
}
