import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIGN_IN_LIMITS, signInStaffUser } from "@/lib/auth/sign-in";
import { consumeAttempt, forgetAttempts, growingDelayMs, isRefused, limiterFor } from "@/lib/rate-limit/limiters";
import { seedDemoData } from "../../scripts/seeds/seed-demo-data";
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
  const auditedSignIns = async (email: string) => {
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const rows = await db.auditEvent.groupBy({ by: ["action"], where: { entityId: user.id, action: { startsWith: "auth.sign-in" } }, _count: { _all: true } });
    return Object.fromEntries(rows.map((row) => [row.action, row._count._all]));
  };

  it("does not let a stranger lock a colleague out: thirty wrong passwords from one client refuse that client only, in two audit rows", async () => {
    const statuses = [];
    for (let attempt = 0; attempt < 30; attempt++) statuses.push((await signIn("manager@holbaek.demo", "guess", "198.51.100.1")).status);
    const limit = SIGN_IN_LIMITS.accountAndClient.points;
    expect(statuses).toEqual([...Array(limit).fill("failed"), ...Array(30 - limit).fill("refused")]);
    expect((await signIn("manager@holbaek.demo", "ankomst-demo", "198.51.100.1")).status).toBe("refused");
    // The manager at their own desk signs in with the right password.
    expect((await signIn("manager@holbaek.demo", "ankomst-demo", "192.0.2.20")).status).toBe("signed-in");
    // The first failure, and the refusal that starts the block with its count: not a row per attempt.
    expect(await auditedSignIns("manager@holbaek.demo")).toEqual({ "auth.sign-in-failed": 1, "auth.sign-in-refused": 1, "auth.sign-in": 1 });
    const refusal = await db.auditEvent.findFirstOrThrow({ where: { action: "auth.sign-in-refused" }, orderBy: { id: "desc" } });
    expect(refusal.metadata).toMatchObject({ client: "198.51.100.1", attempts: limit + 1 });
  });

  it("checks at most the limit of sixty parallel wrong passwords, and refuses the right one until the block ends", async () => {
    const limit = SIGN_IN_LIMITS.accountAndClient.points;
    const guesses = await Promise.all(Array.from({ length: 60 }, () => signIn("admin@holbaek.demo", "wrong-guess", "198.51.100.77")));
    // "failed" is a checked password; "refused" was turned away before any check.
    expect(guesses.filter((result) => result.status === "failed")).toHaveLength(limit);
    expect(guesses.filter((result) => result.status === "refused")).toHaveLength(60 - limit);
    const right = await signIn("admin@holbaek.demo", "ankomst-demo", "198.51.100.77");
    expect(right).toMatchObject({ status: "refused" });
    expect(right.status === "refused" && right.retryAfterSeconds).toBeGreaterThan(SIGN_IN_LIMITS.accountAndClient.blockSeconds - 60);
    // The block ends (its row expires, as fifteen minutes later).
    await db.rateLimiterFlexible.updateMany({
      where: { key: { contains: "admin@holbaek.demo|198.51.100.77" } },
      data: { expire: new Date(Date.now() - 1000) },
    });
    expect((await signIn("admin@holbaek.demo", "ankomst-demo", "198.51.100.77")).status).toBe("signed-in");
  });

  it("writes two audit rows, not two hundred, when anyone sends two hundred wrong sign-ins", async () => {
    for (let attempt = 0; attempt < 200; attempt++) await signIn("frontdesk@holbaek.demo", "guess", "198.51.100.200");
    expect(await auditedSignIns("frontdesk@holbaek.demo")).toEqual({ "auth.sign-in-failed": 1, "auth.sign-in-refused": 1 });
  });

  it("slows down one client spraying made-up accounts, more than failures on real ones, but never refuses a colleague's right password there", async () => {
    waits.length = 0;
    const statuses = [];
    for (let account = 0; account < 55; account++) statuses.push((await signIn(`person${account}@herning.demo`, "Summer2026!", "203.0.113.5")).status);
    // Every guess was answered, and from the sixth failure on every answer waits longer than the one before, up to the ceiling.
    expect(statuses).toEqual(Array(55).fill("failed"));
    expect(waits.length).toBeGreaterThan(20);
    expect(waits.slice(1, 10).every((wait, index) => wait > waits[index]!)).toBe(true);
    expect(Math.max(...waits)).toBe(10_000);
    // A colleague behind the same address signs in: slowed, not refused.
    waits.length = 0;
    expect((await signIn("caseworker@herning.demo", "ankomst-demo", "203.0.113.5")).status).toBe("signed-in");
    expect(waits).toEqual([10_000]);
    // Another client is not slowed at all.
    waits.length = 0;
    expect((await signIn("manager@herning.demo", "ankomst-demo", "203.0.113.6")).status).toBe("signed-in");
    expect(waits).toEqual([]);
  });
});
