import type { PrismaClient } from "@/lib/db-client";
import { resolvePersonalLink } from "@/lib/links/personal-links";
import type { TPacketState } from "@/lib/packet/packet-service";
import { consumeRateLimit, isRateLimited } from "@/lib/rate-limit/consume-rate-limit";

/** Wrong links per client before it is refused for a while; the first few are answered at once. */
export const WRONG_LINK_RULE = { limit: 10, windowSeconds: 10 * 60, blockSeconds: 15 * 60 };
const FREE_ATTEMPTS = 3;
const DELAY_STEP_MS = 250;
const MAX_DELAY_MS = 2_000;

export type TWelcomeLinkResult =
  | { status: "ok"; arrivalId: string; municipalityId: string; packetState: TPacketState; progress: Map<string, Date> }
  | { status: "invalid" }
  | { status: "refused" };

/**
 * Opens a newcomer's link. Wrong links are counted per client in Postgres (so the limit holds
 * across app instances): after a few, each answer is slowed down, then the client is refused.
 */
export async function openWelcomeLink(
  db: PrismaClient,
  options: { token: string; clientKey: string; sleep?: (ms: number) => Promise<void> },
): Promise<TWelcomeLinkResult> {
  const key = `welcome-link:${options.clientKey}`;
  // Both reads at once: a refused client gets nothing from the link it sent either way.
  const [isRefused, link] = await Promise.all([isRateLimited(db, key), resolvePersonalLink(db, options.token)]);
  if (isRefused) return { status: "refused" };
  if (link) return { status: "ok", ...link };
  const attempt = await consumeRateLimit(db, key, WRONG_LINK_RULE);
  if (!attempt.isAllowed) return { status: "refused" };
  const delay = Math.min(MAX_DELAY_MS, Math.max(0, attempt.attempts - FREE_ATTEMPTS) * DELAY_STEP_MS);
  if (delay > 0) await (options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))))(delay);
  return { status: "invalid" };
}

/**
 * The client's address, as the server established it: the socket's address, or with trusted
 * proxies configured the address the outermost one saw (scripts/server.ts replaces whatever a
 * client sent in X-Forwarded-For before the app sees it).
 */
export function clientKeyFrom(headers: Headers): string {
  return headers.get("x-forwarded-for")?.trim() || "unknown";
}
