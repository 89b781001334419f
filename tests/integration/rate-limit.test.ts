import { afterAll, describe, expect, it } from "vitest";
import { consumeRateLimit, resetRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
afterAll(() => db.$disconnect());

const RULE = { limit: 3, windowSeconds: 60, blockSeconds: 120 };

describe("consumeRateLimit", () => {
  it("allows attempts up to the limit, then refuses the key for the block period", async () => {
    const results = [];
    for (let attempt = 0; attempt < 5; attempt++) results.push(await consumeRateLimit(db, "test:guesser", RULE));
    expect(results.map((r) => r.isAllowed)).toEqual([true, true, true, false, false]);
    expect(results[4]!.retryAfterSeconds).toBeGreaterThan(100);
    const bucket = await db.rateLimitBucket.findUniqueOrThrow({ where: { key: "test:guesser" } });
    expect(bucket.blockedUntil!.getTime()).toBeGreaterThan(Date.now() + 100_000);
  });

  it("counts each key on its own", async () => {
    for (let attempt = 0; attempt < 4; attempt++) await consumeRateLimit(db, "test:first", RULE);
    expect((await consumeRateLimit(db, "test:second", RULE)).isAllowed).toBe(true);
  });

  it("starts a new window once the old one has passed", async () => {
    for (let attempt = 0; attempt < 3; attempt++) await consumeRateLimit(db, "test:patient", RULE);
    await db.rateLimitBucket.update({ where: { key: "test:patient" }, data: { windowStart: new Date(Date.now() - 61_000) } });
    expect(await consumeRateLimit(db, "test:patient", RULE)).toEqual({ isAllowed: true, retryAfterSeconds: 0, attempts: 1 });
  });

  it("counts concurrent attempts exactly, as separate app instances would make them", async () => {
    const rule = { limit: 10, windowSeconds: 60, blockSeconds: 60 };
    const results = await Promise.all(Array.from({ length: 15 }, () => consumeRateLimit(db, "test:burst", rule)));
    expect(results.filter((r) => r.isAllowed)).toHaveLength(10);
  });

  it("forgets a key on reset", async () => {
    for (let attempt = 0; attempt < 5; attempt++) await consumeRateLimit(db, "test:reset", RULE);
    await resetRateLimit(db, "test:reset");
    expect((await consumeRateLimit(db, "test:reset", RULE)).isAllowed).toBe(true);
  });
});
