import { createHash, randomBytes } from "node:crypto";

/** A token for a link that works once (set a password, confirm an e-mail address): 256 random bits, base64url. */
export function newOneTimeToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashOneTimeToken(token) };
}

/** What is stored of a one-time token: its SHA-256, so a copy of the database opens no link. */
export const hashOneTimeToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A token looks like one Ankomst makes (43 characters of base64url) before it is looked up. */
export const isWellFormedOneTimeToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);
