import { hkdfSync } from "node:crypto";

/**
 * A 256-bit key for one purpose, derived from the server secret (NEXTAUTH_SECRET) or from the
 * purpose's own secret when that variable is set. Each purpose gets a different key, so one
 * leaking (or being rotated) does not touch the others. Rotating a secret makes what was made
 * with its key unreadable: links stop working, stored packets can no longer be opened.
 */
export function deriveServerKey(
  purpose: "personal-link-token" | "welcome-packet-pdf" | "audit-search-query" | "identity-provider-secret" | "statistics-noise",
  ownSecretVariable: string,
): Buffer {
  const secret = process.env[ownSecretVariable] || process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error(`${ownSecretVariable} or NEXTAUTH_SECRET must be set.`);
  // Derived once per purpose and secret: tokens and packets ask for their key on every use.
  const cached = derived.get(purpose);
  if (cached?.secret === secret) return cached.key;
  const key = Buffer.from(hkdfSync("sha256", secret, "ankomst", purpose, 32));
  derived.set(purpose, { secret, key });
  return key;
}

const derived = new Map<string, { secret: string; key: Buffer }>();
