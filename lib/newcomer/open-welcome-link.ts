import type { PrismaClient } from "@/lib/db-client";
import type { TPacketLanguage } from "@/lib/i18n/languages";
import { isWellFormedLinkToken } from "@/lib/links/link-token";
import { resolvePersonalLink } from "@/lib/links/personal-links";
import type { TPacketState } from "@/lib/packet/packet-service";
import type { TStepTick } from "@/lib/progress/step-progress";
import { consumeAttempt, growingDelayMs, isRefused as isClientRefused, limiterFor } from "@/lib/rate-limit/limiters";

/** Wrong links per client before it is refused for a while; the first few are answered at once. */
export const WRONG_LINK_RULE = { points: 10, durationSeconds: 10 * 60, blockSeconds: 15 * 60 };
const WRONG_LINK_DELAY = { free: 3, stepMs: 250, maxMs: 2_000 };
/**
 * Link checks one client may have running at once on one instance. Wrong links are counted when
 * they are found wrong, so without this cap any number of guesses sent at the same moment would all
 * be checked before the first was counted; with it, a burst checks at most this many per instance.
 * It is a count in memory, not in the database: a check that never finished (the database went
 * away) must not hold a place, and a burst of newcomers behind one address is refused only while
 * more than this many of their pages are being opened at the same moment.
 */
export const LINK_CHECKS_AT_ONCE = 10;
const checksRunning = new Map<string, number>();

export type TWelcomeLinkResult =
  | {
      status: "ok";
      arrivalId: string;
      municipalityId: string;
      /** Where the municipality's public pages are (its accessibility statement and privacy notice). */
      municipalitySlug: string;
      /** The languages the newcomer can switch between: the ones their municipality offers. */
      offeredLanguages: TPacketLanguage[];
      packetLanguage: TPacketLanguage;
      /** Whether reminders are on, and the address they go to (the arrival's). */
      reminders: { email: string | null; isOn: boolean };
      packetState: TPacketState;
      progress: Map<string, TStepTick>;
    }
  | { status: "invalid" }
  | { status: "refused" };

/**
 * Opens a newcomer's link. Wrong links of a token's shape are counted per client in Postgres (so
 * the limit holds across app instances): after a few, each answer is slowed down, then the client
 * is refused. A token of the wrong shape never matches, so it is neither counted nor looked up, and
 * a client may have at most LINK_CHECKS_AT_ONCE checks running here at once.
 */
export async function openWelcomeLink(
  db: PrismaClient,
  options: { token: string; clientKey: string; sleep?: (ms: number) => Promise<void> },
): Promise<TWelcomeLinkResult> {
  if (!isWellFormedLinkToken(options.token)) return { status: "invalid" };
  const running = checksRunning.get(options.clientKey) ?? 0;
  if (running >= LINK_CHECKS_AT_ONCE) return { status: "refused" };
  checksRunning.set(options.clientKey, running + 1);
  try {
    return await checkWelcomeLink(db, options);
  } finally {
    const left = (checksRunning.get(options.clientKey) ?? 1) - 1;
    if (left > 0) checksRunning.set(options.clientKey, left);
    else checksRunning.delete(options.clientKey);
  }
}

async function checkWelcomeLink(
  db: PrismaClient,
  options: { token: string; clientKey: string; sleep?: (ms: number) => Promise<void> },
): Promise<TWelcomeLinkResult> {
  const limiter = limiterFor(db, "wrong-link", WRONG_LINK_RULE);
  // Both reads at once: a refused client gets nothing from the link it sent either way.
  const [isRefused, link] = await Promise.all([isClientRefused(limiter, options.clientKey), resolvePersonalLink(db, options.token)]);
  if (isRefused) return { status: "refused" };
  if (link) return { status: "ok", ...link };
  const attempt = await consumeAttempt(limiter, options.clientKey);
  if (!attempt.isAllowed) return { status: "refused" };
  const delay = growingDelayMs(attempt.attempts, WRONG_LINK_DELAY);
  if (delay > 0) await (options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))))(delay);
  return { status: "invalid" };
}
