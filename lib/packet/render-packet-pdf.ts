import { renderToBuffer } from "@react-pdf/renderer";
import QRCode from "qrcode";
import { createElement } from "react";
import { registerPdfFonts } from "@/components/pdf/fonts";
import { WelcomePacketDocument } from "@/components/pdf/WelcomePacketDocument";
import type { TPacket } from "./packet-model";

/** Renders the packet as a PDF; the QR code carries the same personal link as the letter's text. */
export async function renderPacketPdf(packet: TPacket): Promise<Buffer> {
  registerPdfFonts();
  const qrCodeDataUrl = packet.link.url ? await QRCode.toDataURL(packet.link.url, { margin: 1, width: 240, errorCorrectionLevel: "M" }) : null;
  return renderToBuffer(createElement(WelcomePacketDocument, { packet, qrCodeDataUrl }) as Parameters<typeof renderToBuffer>[0]);
}
