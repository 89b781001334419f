import QRCode from "qrcode";

/**
 * The QR code as one SVG path (a square per dark module), drawn as vectors in the PDF: sharper
 * when printed and much cheaper to embed than a PNG image.
 */
export function qrCodePath(text: string): { size: number; d: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (modules.get(row, column)) parts.push(`M${column} ${row}h1v1h-1z`);
    }
  }
  return { size: modules.size, d: parts.join("") };
}
