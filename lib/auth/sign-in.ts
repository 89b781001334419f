import { auditAs, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { PrismaClient } from "@/lib/db-client";
import { logEvent } from "@/lib/log/log-event";
import { attemptState, consumeAttempt, forgetAttempts, growingDelayMs, limiterFor } from "@/lib/rate-limit/limiters";
import type { TAuthenticatedUser } from "./acting-user";
import { authenticateStaffUser } from "./authenticate-staff-user";
import { ZSignInSchema } from "./schemas";
import { createStaffSession } from "./staff-sessions";

/**
 * Sign-in attempts are counted before the password is checked, atomically in Postgres, so parallel
 * guesses cannot pass a limit that was read before any of them was counted; a correct password gives
 * its attempt back (docs/decisions/008-sign-in-and-link-throttling.md):
 * - per account and client: at most 10 attempts an hour are checked; then that client is refused
 *   for that account for 15 minutes, the right password too. A colleague at another desk is not;
 * - per client, over all accounts: answers slow down after 5 failures (at most 5 s each), never
 *   refused: a town hall behind one address keeps signing in while someone there sprays guesses;
 * - per client, addresses that belong to no account: counted on their own and slowed down more, so
 *   made-up addresses slow the sprayer most, and cost real users only time, never their sign-in;
 * - per account, over all clients: answers slow down after 10 failures, never refused, so many
 *   clients together cannot guess fast, and still cannot lock the owner out.
 */
export const SIGN_IN_LIMITS = {
  accountAndClient: { points: 10, durationSeconds: 60 * 60, blockSeconds: 15 * 60 },
  client: { points: 1_000_000, durationSeconds: 60 * 60, blockSeconds: 0 },
  unknownAccounts: { points: 1_000_000, durationSeconds: 60 * 60, blockSeconds: 0 },
  account: { points: 1_000_000, durationSeconds: 60 * 60, blockSeconds: 0 },
} as const;
const CLIENT_DELAY = { free: 5, stepMs: 300, maxMs: 5_000 };
const UNKNOWN_ACCOUNTS_DELAY = { free: 5, stepMs: 500, maxMs: 10_000 };
const ACCOUNT_DELAY = { free: 10, stepMs: 200, maxMs: 3_000 };

export type TSignInResult =
  | { status: "signed-in"; user: TAuthenticatedUser; sessionId: string }
  | { status: "failed" }
  | { status: "refused"; retryAfterSeconds: number };

const sleepFor = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function signInStaffUser(
  db: PrismaClient,
  options: { credentials: unknown; clientKey: string; sleep?: (ms: number) => Promise<void> },
): Promise<TSignInResult> {
  // Whatever was posted: an address that cannot be one (a NUL, 10,000 characters) is a failed sign-in.
  const parsed = ZSignInSchema.safeParse(options.credentials);
  if (!parsed.success) return { status: "failed" };
  const credentials = parsed.data;
  const { email } = credentials;
  const limiters = {
    accountAndClient: limiterFor(db, "sign-in-account-client", SIGN_IN_LIMITS.accountAndClient),
    client: limiterFor(db, "sign-in-client", SIGN_IN_LIMITS.client),
    unknownAccounts: limiterFor(db, "sign-in-unknown-accounts", SIGN_IN_LIMITS.unknownAccounts),
    account: limiterFor(db, "sign-in-account", SIGN_IN_LIMITS.account),
  };
  const keys = { accountAndClient: `${email}|${options.clientKey}`, client: options.clientKey, account: email };

  // Counted first: of any number of attempts at once, only the first 10 reach the password check.
  const [here, fromClient, ofAccount, unknownFromClient] = await Promise.all([
    consumeAttempt(limiters.accountAndClient, keys.accountAndClient),
    consumeAttempt(limiters.client, keys.client),
    consumeAttempt(limiters.account, keys.account),
    attemptState(limiters.unknownAccounts, keys.client),
  ]);
  if (!here.isAllowed) {
    // One audit row when the block begins, not one per refused attempt: anyone can send those.
    if (here.attempts === SIGN_IN_LIMITS.accountAndClient.points + 1) {
      await auditSignInTrouble(db, { email, action: "auth.sign-in-refused", metadata: { client: options.clientKey, attempts: here.attempts } });
    }
    return { status: "refused", retryAfterSeconds: here.retryAfterSeconds };
  }
  const delay = Math.max(
    growingDelayMs(fromClient.attempts, CLIENT_DELAY),
    growingDelayMs(unknownFromClient.attempts, UNKNOWN_ACCOUNTS_DELAY),
    growingDelayMs(ofAccount.attempts, ACCOUNT_DELAY),
  );
  if (delay > 0) await (options.sleep ?? sleepFor)(delay);

  const user = await authenticateStaffUser(db, credentials);
  if (!user) {
    const isKnown = await auditSignInTrouble(db, {
      email,
      action: "auth.sign-in-failed",
      metadata: { client: options.clientKey, attempts: here.attempts },
      // The first failure of the window is recorded; its count goes on the refusal or the next sign-in.
      isRecorded: here.attempts === 1,
    });
    if (!isKnown) await consumeAttempt(limiters.unknownAccounts, keys.client);
    return { status: "failed" };
  }
  await Promise.all([
    forgetAttempts(limiters.accountAndClient, keys.accountAndClient),
    forgetAttempts(limiters.account, keys.account),
    // The client's count keeps its failures, so one known password cannot wipe a spraying client's record.
    limiters.client.reward(keys.client, 1),
  ]);
  const sessionId = await createStaffSession(db, { userId: user.id });
  await auditAs(db, user, {
    action: "auth.sign-in",
    entityType: "user",
    entityId: user.id,
    // Failures from this client since the last sign-in: the count the failure rows leave out.
    ...(here.attempts > 1 ? { metadata: { failedAttempts: here.attempts - 1 } } : {}),
  });
  return { status: "signed-in", user, sessionId };
}

/**
 * Records a failed or refused sign-in in the account's municipality (when `isRecorded`); returns
 * whether the address belongs to an account. An unknown address belongs to no municipality's audit
 * log: the server log keeps the first of a window.
 */
async function auditSignInTrouble(
  db: PrismaClient,
  options: { email: string; action: "auth.sign-in-failed" | "auth.sign-in-refused"; metadata: Record<string, string | number>; isRecorded?: boolean },
): Promise<boolean> {
  const account = await db.user.findUnique({ where: { email: options.email }, select: { id: true, municipalityId: true } });
  if (options.isRecorded === false) return account !== null;
  if (account) {
    await recordAuditEvent(db, {
      municipalityId: account.municipalityId,
      actorUserId: null,
      action: options.action,
      entityType: "user",
      entityId: account.id,
      metadata: options.metadata,
    });
  } else {
    logEvent("warn", options.action, { email: options.email, ...options.metadata });
  }
  return account !== null;
}
