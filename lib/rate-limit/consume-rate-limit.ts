import type { PrismaClient } from "@/lib/db-client";

export type TRateLimitRule = {
  /** Attempts allowed in one window. */
  limit: number;
  windowSeconds: number;
  /** How long a key that went over the limit is refused. */
  blockSeconds: number;
};

export type TRateLimitResult = { isAllowed: boolean; retryAfterSeconds: number; attempts: number };

/**
 * Counts one attempt for `key` in Postgres, atomically, so the limit holds across every app
 * instance. Fixed windows: simple, and plenty to slow down guessing.
 */
export async function consumeRateLimit(db: PrismaClient, key: string, rule: TRateLimitRule): Promise<TRateLimitResult> {
  const rows = await db.$queryRaw<{ count: number; blockedUntil: Date | null; now: Date }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "windowStart")
    VALUES (${key}, 1, now())
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" <= now() - make_interval(secs => ${rule.windowSeconds}::double precision)
                     THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= now() - make_interval(secs => ${rule.windowSeconds}::double precision)
                     THEN now() ELSE "RateLimitBucket"."windowStart" END
    RETURNING "count", "blockedUntil", now() AS "now"`;
  const row = rows[0];
  if (!row) throw new Error("rate limit upsert returned no row");

  if (row.blockedUntil && row.blockedUntil > row.now) {
    return { isAllowed: false, retryAfterSeconds: Math.ceil((row.blockedUntil.getTime() - row.now.getTime()) / 1000), attempts: row.count };
  }
  if (row.count > rule.limit) {
    await db.$executeRaw`
      UPDATE "RateLimitBucket" SET "blockedUntil" = now() + make_interval(secs => ${rule.blockSeconds}::double precision) WHERE "key" = ${key}`;
    return { isAllowed: false, retryAfterSeconds: rule.blockSeconds, attempts: row.count };
  }
  return { isAllowed: true, retryAfterSeconds: 0, attempts: row.count };
}

/** Forgets a key's attempts, e.g. after a successful sign-in. */
export async function resetRateLimit(db: PrismaClient, key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}

/** Whether a key is refused right now, without counting an attempt. */
export async function isRateLimited(db: PrismaClient, key: string): Promise<boolean> {
  const bucket = await db.rateLimitBucket.findUnique({ where: { key }, select: { blockedUntil: true } });
  return Boolean(bucket?.blockedUntil && bucket.blockedUntil > new Date());
}
