import { openSealedBytes, sealBytes } from "@/lib/crypto/sealed-bytes";
import { deriveServerKey } from "@/lib/crypto/server-key";

const packetKey = () => deriveServerKey("welcome-packet-pdf", "PACKET_ENCRYPTION_SECRET");

/** Encrypts a packet PDF for storage, bound to the packet's id. */
export function encryptPacketPdf(pdf: Uint8Array, packetId: string): Uint8Array<ArrayBuffer> {
  return sealBytes(packetKey(), pdf, packetId);
}

/** The stored PDF's bytes, exactly as generated; throws when the bytes or the key do not match. */
export function decryptPacketPdf(stored: Uint8Array, packetId: string): Buffer {
  return openSealedBytes(packetKey(), stored, packetId);
}
