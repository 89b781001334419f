import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createStaffSession,
  endAllSessionsOfUser,
  endStaffSession,
  resolveStaffSession,
  SESSION_IDLE_SECONDS,
  SESSION_MAX_AGE_SECONDS,
} from "@/lib/auth/staff-sessions";
import { seedDemoData } from "../../scripts/seeds/seed-demo-data";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
let caseworker: { id: string; municipalityId: string };
let herningAdmin: { id: string; municipalityId: string };
let holbaekAdmin: { id: string; municipalityId: string };
const T0 = new Date("2026-11-23T08:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

beforeAll(async () => {
  await seedDemoData(db);
  const user = (email: string) => db.user.findUniqueOrThrow({ where: { email }, select: { id: true, municipalityId: true } });
  caseworker = await user("caseworker@herning.demo");
  herningAdmin = await user("admin@herning.demo");
  holbaekAdmin = await user("admin@holbaek.demo");
});
afterAll(async () => {
  await db.$disconnect();
});

describe("staff sessions", () => {
  it("end on sign-out: the same cookie opens nothing afterwards, and the sign-out is audited", async () => {
    const sessionId = await createStaffSession(db, { userId: caseworker.id, now: T0 });
    expect(await resolveStaffSession(db, { sessionId, userId: caseworker.id, now: at(10) })).toMatchObject({ id: caseworker.id });
    await endStaffSession(db, { sessionId, userId: caseworker.id, now: at(20) });
    expect(await resolveStaffSession(db, { sessionId, userId: caseworker.id, now: at(30) })).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "auth.sign-out", actorUserId: caseworker.id } })).toBe(1);
    // Signing out twice (two tabs) records one sign-out.
    await endStaffSession(db, { sessionId, userId: caseworker.id, now: at(40) });
    expect(await db.auditEvent.count({ where: { action: "auth.sign-out", actorUserId: caseworker.id } })).toBe(1);
  });

  it("end after 30 idle minutes, but not while in use, and after 8 hours however active", async () => {
    const idle = await createStaffSession(db, { userId: caseworker.id, now: T0 });
    expect(await resolveStaffSession(db, { sessionId: idle, userId: caseworker.id, now: at(SESSION_IDLE_SECONDS + 1) })).toBeNull();

    const busy = await createStaffSession(db, { userId: caseworker.id, now: T0 });
    let now = 0;
    for (; now < SESSION_MAX_AGE_SECONDS - 600; now += 20 * 60) {
      expect(await resolveStaffSession(db, { sessionId: busy, userId: caseworker.id, now: at(now) }), `after ${now} s`).not.toBeNull();
    }
    expect(await resolveStaffSession(db, { sessionId: busy, userId: caseworker.id, now: at(SESSION_MAX_AGE_SECONDS + 1) })).toBeNull();
  });

  it("belong to their user: another user's id with the session opens nothing, nor does a malformed id", async () => {
    const sessionId = await createStaffSession(db, { userId: caseworker.id, now: T0 });
    expect(await resolveStaffSession(db, { sessionId, userId: herningAdmin.id, now: at(1) })).toBeNull();
    expect(await resolveStaffSession(db, { sessionId: "not-a-uuid", userId: caseworker.id, now: at(1) })).toBeNull();
  });

  it("can all be ended by an administrator of the same municipality, not of another", async () => {
    const first = await createStaffSession(db, { userId: caseworker.id, now: T0 });
    const second = await createStaffSession(db, { userId: caseworker.id, now: T0 });
    expect(await endAllSessionsOfUser(db, { admin: holbaekAdmin, userId: caseworker.id, now: at(5) })).toBeNull();
    expect(await resolveStaffSession(db, { sessionId: first, userId: caseworker.id, now: at(6) })).not.toBeNull();
    expect(await endAllSessionsOfUser(db, { admin: herningAdmin, userId: caseworker.id, now: at(7) })).toBeGreaterThanOrEqual(2);
    for (const sessionId of [first, second]) expect(await resolveStaffSession(db, { sessionId, userId: caseworker.id, now: at(8) })).toBeNull();
    expect(await db.auditEvent.findFirst({ where: { action: "auth.sessions-ended", entityId: caseworker.id } })).toMatchObject({
      actorUserId: herningAdmin.id,
    });
  });

  it("end when the user is disabled", async () => {
    const manager = await db.user.findUniqueOrThrow({ where: { email: "manager@holbaek.demo" } });
    const sessionId = await createStaffSession(db, { userId: manager.id, now: T0 });
    await db.user.update({ where: { id: manager.id }, data: { disabledAt: at(1) } });
    expect(await resolveStaffSession(db, { sessionId, userId: manager.id, now: at(2) })).toBeNull();
    await db.user.update({ where: { id: manager.id }, data: { disabledAt: null } });
  });
});
