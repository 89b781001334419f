import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { answerNotingOutages, isDatabaseOutage, noteRequestError } from "@/lib/net/database-outage";
import { DATABASE_OUTAGE_DIGEST } from "@/lib/net/outage-digest";
import { seedDemoActors } from "../support/demo-actors";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
afterAll(() => db.$disconnect());

async function errorOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected the work to fail");
}

describe("telling an outage from a fault (isDatabaseOutage)", () => {
  it("a database that refuses connections is an outage", async () => {
    const away = createPrismaClient("postgresql://ankomst:secret@127.0.0.1:1/ankomst");
    try {
      expect(isDatabaseOutage(await errorOf(() => away.municipality.count()))).toBe(true);
      expect(isDatabaseOutage(await errorOf(() => away.$transaction(async (tx) => tx.municipality.count())))).toBe(true);
    } finally {
      await away.$disconnect();
    }
  });

  it("a connection the server ends under a transaction is an outage, and so is the client it leaves broken", async () => {
    const error = await errorOf(() =>
      db.$transaction(async (tx) => {
        const [own] = await tx.$queryRawUnsafe<{ pid: number }[]>("SELECT pg_backend_pid() AS pid");
        await db.$queryRawUnsafe("SELECT pg_terminate_backend($1)", own!.pid);
        await tx.$queryRawUnsafe("SELECT 1");
      }),
    );
    expect(isDatabaseOutage(error)).toBe(true);
    // node-postgres's own words when the next query meets such a client (the load test met them as Postgres stopped).
    expect(isDatabaseOutage(new Error("Client has encountered a connection error and is not queryable"))).toBe(true);
  });

  it("a statement cut off by the statement timeout is an outage", async () => {
    const error = await errorOf(() =>
      db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL statement_timeout = 50");
        await tx.$queryRawUnsafe("SELECT pg_sleep(1)");
      }),
    );
    expect(isDatabaseOutage(error)).toBe(true);
  });

  it("a broken constraint, a bad query or a plain bug is not", async () => {
    const { herning } = await seedDemoActors(db);
    const caseworker = await db.user.findUniqueOrThrow({ where: { id: herning.id } });
    const duplicate = await errorOf(() => db.user.create({ data: { ...caseworker, id: crypto.randomUUID() } }));
    expect(duplicate).toMatchObject({ code: "P2002" });
    expect(isDatabaseOutage(duplicate)).toBe(false);
    expect(isDatabaseOutage(await errorOf(() => db.$queryRawUnsafe('SELECT no_such_column FROM "Municipality"')))).toBe(false);
    expect(isDatabaseOutage(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isDatabaseOutage(null)).toBe(false);
  });
});

describe("what the error page and the server are told", () => {
  it("an outage's error leaves the database client with the outage's digest and is noted for the server's 503; a fault keeps neither", async () => {
    const away = createPrismaClient("postgresql://ankomst:secret@127.0.0.1:1/ankomst");
    try {
      const outage = (await errorOf(() => away.municipality.count())) as { digest?: string };
      const raw = (await errorOf(() => away.$queryRawUnsafe("SELECT 1"))) as { digest?: string };
      const fault = (await errorOf(() => db.$queryRawUnsafe('SELECT no_such_column FROM "Municipality"'))) as { digest?: string };
      expect([outage.digest, raw.digest, fault.digest]).toEqual([DATABASE_OUTAGE_DIGEST, DATABASE_OUTAGE_DIGEST, undefined]);
      const outcomes = answerNotingOutages((outcome) => {
        noteRequestError(fault);
        const afterFault = { ...outcome };
        noteRequestError(outage);
        return { afterFault, afterOutage: { ...outcome } };
      });
      expect(outcomes).toEqual({ afterFault: { isDatabaseOutage: false }, afterOutage: { isDatabaseOutage: true } });
    } finally {
      await away.$disconnect();
    }
  });
});
