import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

// Layout: format version (1 byte) | IV (12) | GCM tag (16) | ciphertext.
const FORMAT_VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + IV_BYTES + TAG_BYTES;

/**
 * Encrypts bytes for storage (AES-256-GCM). `boundTo` (a row's id) is authenticated with them, so
 * bytes copied into another row do not decrypt there.
 */
export function sealBytes(key: Buffer, plain: Uint8Array, boundTo: string): Uint8Array<ArrayBuffer> {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv).setAAD(Buffer.from(boundTo, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
  return new Uint8Array(Buffer.concat([Buffer.from([FORMAT_VERSION]), iv, cipher.getAuthTag(), ciphertext]));
}

/** The bytes as they were sealed; throws when the bytes, the key or the row do not match. */
export function openSealedBytes(key: Buffer, sealed: Uint8Array, boundTo: string): Buffer {
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (bytes.length < HEADER_BYTES || bytes[0] !== FORMAT_VERSION) throw new Error("Not sealed bytes of a known format.");
  const decipher = createDecipheriv("aes-256-gcm", key, bytes.subarray(1, 1 + IV_BYTES)).setAAD(Buffer.from(boundTo, "utf8"));
  decipher.setAuthTag(bytes.subarray(1 + IV_BYTES, HEADER_BYTES));
  return Buffer.concat([decipher.update(bytes.subarray(HEADER_BYTES)), decipher.final()]);
}
