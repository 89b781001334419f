import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import { fontFamilyFor, registerPdfFonts } from "@/lib/pdf/fonts";
import { cacheGlyphRunsOfLoadedFonts, loadPdfFontFamilies } from "@/lib/pdf/glyph-run-cache";
import { WelcomePacketDocument } from "@/lib/pdf/WelcomePacketDocument";
import type { TPacket } from "./packet-model";
import { qrCodePath } from "./qr-code-path";

/**
 * Renders the packet as a tagged PDF/UA document; the QR code carries the same personal link as
 * the letter's text. The letterhead's logo comes as the PNG's bytes: the model only names it.
 * `untagged` exists for the benchmark, which reports what tagging costs.
 */
export async function renderPacketPdf(packet: TPacket, logoPng: Uint8Array | null = null, options: { untagged?: boolean } = {}): Promise<Buffer> {
  registerPdfFonts();
  const fontFamily = fontFamilyFor(JSON.stringify(packet), { isArabicFirst: packet.language === "ar" });
  // Loaded and prepared before the render, so even a process's first Arabic packet reads right.
  await loadPdfFontFamilies(fontFamily);
  cacheGlyphRunsOfLoadedFonts();
  const qrCode = packet.link.url ? qrCodePath(packet.link.url) : null;
  return renderToBuffer(
    createElement(WelcomePacketDocument, {
      packet,
      qrCode,
      fontFamily,
      logoPng: logoPng ? Buffer.from(logoPng) : null,
      isTagged: !options.untagged,
    }) as Parameters<typeof renderToBuffer>[0],
  );
}

/** Renders one sample packet so fonts, modules and the layout code are warm before the first real packet. */
export async function warmUpPdfRenderer(): Promise<void> {
  const { samplePacket } = await import("./sample-packet");
  await renderPacketPdf(samplePacket({ language: "en", person: ["Ankomst", "Warm-up"], household: {} }));
}
