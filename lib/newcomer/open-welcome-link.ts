import type { PrismaClient } from "@/lib/db-client";
import type { TPacketLanguage } from "@/lib/i18n/languages";
import { isWellFormedLinkToken } from "@/lib/links/link-token";
import { resolvePersonalLink } from "@/lib/links/personal-links";
import type { TPacketState } from "@/lib/packet/packet-service";
import { consumeAttempt, growingDelayMs, limiterFor } from "@/lib/rate-limit/limiters";

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
 * Opens a newcomer's link. A token of a token's shape is counted per client in Postgres before it
 * is looked up (atomically, so the limit holds for parallel guesses and across app instances), and
 * a link that opens gives its count back: after a few wrong links each answer is slowed down, then
 * the client is refused. A token of the wrong shape never matches, so it is neither counted nor looked up.
 */
export async function openWelcomeLink(
  db: PrismaClient,
  options: { token: string; clientKey: string; sleep?: (ms: number) => Promise<void> },
): Promise<TWelcomeLinkResult> {
  if (!isWellFormedLinkToken(options.token)) return { status: "invalid" };
  const limiter = limiterFor(db, "wrong-link", WRONG_LINK_RULE);
  const attempt = await consumeAttempt(limiter, options.clientKey);
  if (!attempt.isAllowed) return { status: "refused" };
  const link = await resolvePersonalLink(db, options.token);
  if (link) {
    await limiter.reward(options.clientKey, 1);
    return { status: "ok", ...link };
  }
  const delay = growingDelayMs(attempt.attempts, WRONG_LINK_DELAY);
  if (delay > 0) await (options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))))(delay);
  return { status: "invalid" };
}
