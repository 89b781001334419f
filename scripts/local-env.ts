import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const DATA_DIR = path.resolve(".data");

/**
 * The auth secret for local use: NEXTAUTH_SECRET when configured, else one generated once and kept
 * in the git-ignored .data folder so sessions survive restarts.
 */
export function ensureAuthSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  return ensureLocalSecret("auth-secret");
}

/** A random secret generated once and kept in the git-ignored .data folder (auth secret, app role password). */
export function ensureLocalSecret(name: string): string {
  const file = path.join(DATA_DIR, name);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
