import type { PrismaClient } from "@/lib/db-client";
import type { TPacketLanguage } from "@/lib/i18n/languages";
import { isWellFormedLinkToken } from "@/lib/links/link-token";
import { resolvePersonalLink } from "@/lib/links/personal-links";
import type { TPacketState } from "@/lib/packet/packet-service";
import { consumeAttempt, growingDelayMs, isRefused as isClientRefused, limiterFor } from "@/lib/rate-limit/limiters";

/** Wrong links per client before it is refused for a while; the first few are answered at once. */
export const WRONG_LINK_RULE = { points: 10, durationSeconds: 10 * 60, blockSeconds: 15 * 60 };
const WRONG_LINK_DELAY = { free: 3, stepMs: 250, maxMs: 2_000 };

export type TWelcomeLinkResult =
  | {
      status: "ok";
      arrivalId: string;
      municipalityId: string;
      /** The languages the newcomer can switch between: the ones their municipality offers. */
      offeredLanguages: TPacketLanguage[];
      packetLanguage: TPacketLanguage;
      /** Whether reminders are on, and the address they go to (the arrival's). */
      reminders: { email: string | null; isOn: boolean };
      packetState: TPacketState;
      progress: Map<string, Date>;
    }
  | { status: "invalid" }
  | { status: "refused" };

/**
 * Opens a newcomer's link. Wrong links of a token's shape are counted per client in Postgres (so
 * the limit holds across app instances): after a few, each answer is slowed down, then the client is refused.
 */
export async function openWelcomeLink(
  db: PrismaClient,
  options: { token: string; clientKey: string; sleep?: (ms: number) => Promise<void> },
): Promise<TWelcomeLinkResult> {
  const limiter = limiterFor(db, "wrong-link", WRONG_LINK_RULE);
  // Both reads at once: a refused client gets nothing from the link it sent either way.
  const [isRefused, link] = await Promise.all([isClientRefused(limiter, options.clientKey), resolvePersonalLink(db, options.token)]);
  if (isRefused) return { status: "refused" };
  if (link) return { status: "ok", ...link };
  // Only a token that could be someone's is a guess worth counting: one of the wrong shape never matches.
  if (!isWellFormedLinkToken(options.token)) return { status: "invalid" };
  const attempt = await consumeAttempt(limiter, options.clientKey);
  if (!attempt.isAllowed) return { status: "refused" };
  const delay = growingDelayMs(attempt.attempts, WRONG_LINK_DELAY);
  if (delay > 0) await (options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))))(delay);
  return { status: "invalid" };
}
