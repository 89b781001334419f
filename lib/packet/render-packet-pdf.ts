import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import { fontFamilyFor, registerPdfFonts } from "@/components/pdf/fonts";
import { WelcomePacketDocument } from "@/components/pdf/WelcomePacketDocument";
import type { TPacket } from "./packet-model";
import { qrCodePath } from "./qr-code-path";

/** Renders the packet as a PDF; the QR code carries the same personal link as the letter's text. */
export async function renderPacketPdf(packet: TPacket): Promise<Buffer> {
  registerPdfFonts();
  const qrCode = packet.link.url ? qrCodePath(packet.link.url) : null;
  const fontFamily = fontFamilyFor(JSON.stringify(packet));
  return renderToBuffer(createElement(WelcomePacketDocument, { packet, qrCode, fontFamily }) as Parameters<typeof renderToBuffer>[0]);
}
