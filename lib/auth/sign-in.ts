import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { PrismaClient } from "@/lib/db-client";
import { logEvent } from "@/lib/log/log-event";
import { attemptState, consumeAttempt, forgetAttempts, growingDelayMs, limiterFor } from "@/lib/rate-limit/limiters";
import type { TAuthenticatedUser } from "./acting-user";
import { authenticateStaffUser } from "./authenticate-staff-user";
import { ZSignInSchema } from "./schemas";
import { createStaffSession } from "./staff-sessions";

/**
 * Failed sign-ins are counted three ways (docs/decisions/008-sign-in-and-link-throttling.md):
 * - per account and client: more than 10 failures within an hour refuse that client for that
 *   account for 15 minutes; the colleague at another desk is not locked out;
 * - per client, over all accounts: answers slow down after 5 failures, and more than 50 in an
 *   hour refuse the client, so one client cannot spray passwords over many accounts;
 * - per account, over all clients: answers slow down after 10 failures, never refused, so many
 *   clients together cannot guess fast, and still cannot lock the owner out.
 */
export const SIGN_IN_LIMITS = {
  accountAndClient: { points: 10, durationSeconds: 60 * 60, blockSeconds: 15 * 60 },
  client: { points: 50, durationSeconds: 60 * 60, blockSeconds: 60 * 60 },
  account: { points: 1_000_000, durationSeconds: 60 * 60, blockSeconds: 0 },
} as const;
const CLIENT_DELAY = { free: 5, stepMs: 300, maxMs: 5_000 };
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
    account: limiterFor(db, "sign-in-account", SIGN_IN_LIMITS.account),
  };
  const keys = { accountAndClient: `${email}|${options.clientKey}`, client: options.clientKey, account: email };
  // Only a failed or refused sign-in is audited in the account's municipality: looked up then, not on every sign-in.
  const audit = async (action: "auth.sign-in-failed" | "auth.sign-in-refused", metadata: Record<string, string | number>) => {
    const account = await db.user.findUnique({ where: { email }, select: { id: true, municipalityId: true } });
    if (account) {
      await recordAuditEvent(db, { municipalityId: account.municipalityId, actorUserId: null, action, entityType: "user", entityId: account.id, metadata });
    } else {
      // An unknown address belongs to no municipality's audit log: the server log keeps it.
      logEvent("warn", action, { email, ...metadata });
    }
  };

  const [here, fromClient, ofAccount] = await Promise.all([
    attemptState(limiters.accountAndClient, keys.accountAndClient),
    attemptState(limiters.client, keys.client),
    attemptState(limiters.account, keys.account),
  ]);
  if (here.isRefused || fromClient.isRefused) {
    await audit("auth.sign-in-refused", { client: options.clientKey });
    return { status: "refused", retryAfterSeconds: fromClient.isRefused ? SIGN_IN_LIMITS.client.blockSeconds : SIGN_IN_LIMITS.accountAndClient.blockSeconds };
  }
  const delay = Math.max(growingDelayMs(fromClient.attempts, CLIENT_DELAY), growingDelayMs(ofAccount.attempts, ACCOUNT_DELAY));
  if (delay > 0) await (options.sleep ?? sleepFor)(delay);

  const user = await authenticateStaffUser(db, credentials);
  if (!user) {
    await Promise.all([
      consumeAttempt(limiters.accountAndClient, keys.accountAndClient),
      consumeAttempt(limiters.client, keys.client),
      consumeAttempt(limiters.account, keys.account),
    ]);
    await audit("auth.sign-in-failed", { client: options.clientKey });
    return { status: "failed" };
  }
  await Promise.all([forgetAttempts(limiters.accountAndClient, keys.accountAndClient), forgetAttempts(limiters.account, keys.account)]);
  const sessionId = await createStaffSession(db, { userId: user.id });
  await recordAuditEvent(db, { municipalityId: user.municipalityId, actorUserId: user.id, action: "auth.sign-in", entityType: "user", entityId: user.id });
  return { status: "signed-in", user, sessionId };
}
