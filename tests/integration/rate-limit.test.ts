import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIGN_IN_LIMITS, signInStaffUser } from "@/lib/auth/sign-in";
import { consumeAttempt, forgetAttempts, growingDelayMs, isRefused, limiterFor } from "@/lib/rate-limit/limiters";
import { seedDemoData } from "../../scripts/db/seed-demo-data";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
beforeAll(() => seedDemoData(db));
afterAll(() => db.$disconnect());

const RULE = { points: 3, durationSeconds: 60, blockSeconds: 120 };

describe("attempt limits (rate-limiter-flexible, Postgres)", () => {
  it("allow attempts up to the limit, then refuse the key for the block period", async () => {
    const limiter = limiterFor(db, "test-guesser", RULE);
    const results = [];
    for (let attempt = 0; attempt < 5; attempt++) results.push(await consumeAttempt(limiter, "client-a"));
    expect(results.map((result) => result.isAllowed)).toEqual([true, true, true, false, false]);
    expect(results[3]!.retryAfterSeconds).toBeGreaterThan(100);
    expect(await isRefused(limiter, "client-a")).toBe(true);
    expect(await isRefused(limiter, "client-b")).toBe(false);
  });

  it("count concurrent attempts exactly, as separate app instances would make them", async () => {
    const limiter = limiterFor(db, "test-burst", { points: 10, durationSeconds: 60, blockSeconds: 60 });
    const results = await Promise.all(Array.from({ length: 15 }, () => consumeAttempt(limiter, "burst")));
    expect(results.filter((result) => result.isAllowed)).toHaveLength(10);
  });

  it("forget a key on request", async () => {
    const limiter = limiterFor(db, "test-reset", RULE);
    for (let attempt = 0; attempt < 5; attempt++) await consumeAttempt(limiter, "reset");
    await forgetAttempts(limiter, "reset");
    expect((await consumeAttempt(limiter, "reset")).isAllowed).toBe(true);
  });

  it("grow the delay step by step after the free attempts, up to a ceiling", () => {
    const rule = { free: 3, stepMs: 250, maxMs: 1000 };
    expect([1, 3, 4, 5, 8, 20].map((attempts) => growingDelayMs(attempts, rule))).toEqual([0, 0, 250, 500, 1000, 1000]);
  });
});

describe("sign-in throttling", () => {
  const waits: number[] = [];
  const sleep = async (ms: number) => {
    waits.push(ms);
  };
  const signIn = (email: string, password: string, clientKey: string) => signInStaffUser(db, { credentials: { email, password }, clientKey, sleep });

  it("does not let a stranger lock a colleague out: thirty wrong passwords from one client refuse that client only", async () => {
    const statuses = [];
    for (let attempt = 0; attempt < 30; attempt++) statuses.push((await signIn("manager@holbaek.demo", "guess", "198.51.100.1")).status);
    expect(statuses.slice(0, SIGN_IN_LIMITS.accountAndClient.points)).toEqual(Array(SIGN_IN_LIMITS.accountAndClient.points).fill("failed"));
    expect(statuses.at(-1)).toBe("refused");
    expect((await signIn("manager@holbaek.demo", "ankomst-demo", "198.51.100.1")).status).toBe("refused");
    // The manager at their own desk signs in with the right password.
    expect((await signIn("manager@holbaek.demo", "ankomst-demo", "192.0.2.20")).status).toBe("signed-in");
    const audited = await db.auditEvent.groupBy({ by: ["action"], where: { action: { startsWith: "auth.sign-in" } }, _count: { _all: true } });
    expect(Object.fromEntries(audited.map((row) => [row.action, row._count._all]))).toMatchObject({
      // The failure that goes over the limit is the last one checked; the block starts with it.
      "auth.sign-in-failed": SIGN_IN_LIMITS.accountAndClient.points + 1,
      "auth.sign-in-refused": 30 - (SIGN_IN_LIMITS.accountAndClient.points + 1) + 1,
      "auth.sign-in": 1,
    });
  });

  it("slows down and then refuses one client spraying passwords over many accounts", async () => {
    waits.length = 0;
    const statuses = [];
    for (let account = 0; account < 55; account++) statuses.push((await signIn(`person${account}@herning.demo`, "Summer2026!", "203.0.113.5")).status);
    // From the sixth failure on, every answer waits longer than the one before, up to the ceiling.
    expect(waits.length).toBeGreaterThan(20);
    expect(waits[0]).toBeGreaterThan(0);
    expect(waits.slice(1, 10).every((wait, index) => wait > waits[index]!)).toBe(true);
    expect(statuses.slice(0, SIGN_IN_LIMITS.client.points)).toEqual(Array(SIGN_IN_LIMITS.client.points).fill("failed"));
    expect(statuses.at(-1)).toBe("refused");
    // Another client is not affected.
    expect((await signIn("caseworker@herning.demo", "ankomst-demo", "203.0.113.6")).status).toBe("signed-in");
  });
});
