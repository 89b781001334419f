import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { PrismaClient } from "@/lib/db-client";

/**
 * Attempt limits kept in Postgres by rate-limiter-flexible (its Prisma store), so every app
 * instance counts the same attempts. See docs/decisions/008-sign-in-and-link-throttling.md.
 */
export type TLimitRule = {
  /** Attempts allowed within `durationSeconds` of the first one. */
  points: number;
  durationSeconds: number;
  /** How long a key that went over is refused. */
  blockSeconds: number;
};

export type TAttempt = { isAllowed: boolean; attempts: number; retryAfterSeconds: number };

const limiters = new WeakMap<PrismaClient, Map<string, RateLimiterPrisma>>();

/** One limiter per rule name and database client (the library keeps no connection of its own). */
export function limiterFor(db: PrismaClient, name: string, rule: TLimitRule): RateLimiterPrisma {
  let byName = limiters.get(db);
  if (!byName) {
    byName = new Map();
    limiters.set(db, byName);
  }
  let limiter = byName.get(name);
  if (!limiter) {
    limiter = new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimiterFlexible",
      keyPrefix: name,
      points: rule.points,
      duration: rule.durationSeconds,
      blockDuration: rule.blockSeconds,
      // Expired rows are swept every 5 minutes by the library, on an unref'd timer.
      clearExpiredByTimeout: true,
    });
    byName.set(name, limiter);
  }
  return limiter;
}

/** Counts one attempt. A refusal is an answer, not an error; a database failure still throws. */
export async function consumeAttempt(limiter: RateLimiterPrisma, key: string): Promise<TAttempt> {
  try {
    const result = await limiter.consume(key);
    return { isAllowed: true, attempts: result.consumedPoints, retryAfterSeconds: 0 };
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    return { isAllowed: false, attempts: refusal.consumedPoints, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
  }
}

/** A key's attempts in its current window, and whether it is refused now, without counting one. */
export async function attemptState(limiter: RateLimiterPrisma, key: string): Promise<{ attempts: number; isRefused: boolean }> {
  const attempts = (await limiter.get(key))?.consumedPoints ?? 0;
  return { attempts, isRefused: attempts > limiter.points };
}

/** Whether a key is refused right now, without counting an attempt. */
export async function isRefused(limiter: RateLimiterPrisma, key: string): Promise<boolean> {
  return (await attemptState(limiter, key)).isRefused;
}

/** Forgets a key's attempts (a successful sign-in ends the run of failures). */
export async function forgetAttempts(limiter: RateLimiterPrisma, key: string): Promise<void> {
  await limiter.delete(key);
}

/**
 * A growing delay before answering: nothing for the first `free` attempts, then `stepMs` more for
 * each further one, up to `maxMs`. It slows a guesser without refusing an unlucky user.
 */
export function growingDelayMs(attempts: number, options: { free: number; stepMs: number; maxMs: number }): number {
  return Math.min(options.maxMs, Math.max(0, attempts - options.free) * options.stepMs);
}
