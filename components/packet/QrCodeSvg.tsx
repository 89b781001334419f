import { qrCodePath } from "@/lib/packet/qr-code-path";

/** The same QR code as in the PDF, inline in the page: scannable from the screen and printable. */
export function QrCodeSvg({ text, label }: { text: string; label: string }) {
  const { size, d } = qrCodePath(text);
  return (
    <svg viewBox={`-2 -2 ${size + 4} ${size + 4}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect x={-2} y={-2} width={size + 4} height={size + 4} fill="#ffffff" />
      <path d={d} fill="#000000" />
    </svg>
  );
}
