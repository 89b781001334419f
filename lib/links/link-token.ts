import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { deriveServerKey } from "@/lib/crypto/server-key";

const SALT_BYTES = 32;

/**
 * The key the link tokens are derived with: LINK_TOKEN_SECRET when set, else derived from the auth
 * secret, so a deployment needs no extra configuration. Rotating it invalidates every link.
 */
function linkKey(): Buffer {
  return deriveServerKey("personal-link-token", "LINK_TOKEN_SECRET");
}

/** A fresh random salt (256 bits) and the token derived from it. */
export function createLinkToken(): { salt: Buffer; token: string; tokenHash: string } {
  const salt = randomBytes(SALT_BYTES);
  const token = deriveLinkToken(salt);
  return { salt, token, tokenHash: hashLinkToken(token) };
}

export function deriveLinkToken(salt: Uint8Array): string {
  return createHmac("sha256", linkKey()).update(salt).digest("base64url");
}

/** What the database stores and looks links up by. */
export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Tokens are 43 base64url characters; anything else is not worth a database query. */
export function isWellFormedLinkToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** True when the stored salt still derives the stored hash (false after a key rotation). */
export function saltMatchesHash(salt: Uint8Array, tokenHash: string): boolean {
  const expected = Buffer.from(hashLinkToken(deriveLinkToken(salt)), "hex");
  const actual = Buffer.from(tokenHash, "hex");
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
