import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { deriveServerKey } from "@/lib/crypto/server-key";

// Layout of a stored packet: format version (1 byte) | IV (12) | GCM tag (16) | ciphertext.
const FORMAT_VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + IV_BYTES + TAG_BYTES;

const packetKey = () => deriveServerKey("welcome-packet-pdf", "PACKET_ENCRYPTION_SECRET");

/**
 * Encrypts a packet PDF for storage (AES-256-GCM). The packet's id is authenticated with it, so
 * bytes copied into another packet's row do not decrypt there.
 */
export function encryptPacketPdf(pdf: Uint8Array, packetId: string): Uint8Array<ArrayBuffer> {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", packetKey(), iv).setAAD(Buffer.from(packetId, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(pdf), cipher.final()]);
  return new Uint8Array(Buffer.concat([Buffer.from([FORMAT_VERSION]), iv, cipher.getAuthTag(), ciphertext]));
}

/** The stored PDF's bytes, exactly as generated; throws when the bytes or the key do not match. */
export function decryptPacketPdf(stored: Uint8Array, packetId: string): Buffer {
  const bytes = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  if (bytes.length < HEADER_BYTES || bytes[0] !== FORMAT_VERSION) throw new Error("Not an encrypted welcome packet.");
  const decipher = createDecipheriv("aes-256-gcm", packetKey(), bytes.subarray(1, 1 + IV_BYTES)).setAAD(Buffer.from(packetId, "utf8"));
  decipher.setAuthTag(bytes.subarray(1 + IV_BYTES, HEADER_BYTES));
  return Buffer.concat([decipher.update(bytes.subarray(HEADER_BYTES)), decipher.final()]);
}
