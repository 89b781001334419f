import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateStaffUser } from "@/lib/auth/authenticate-staff-user";
import { createStaffSession, resolveStaffSession } from "@/lib/auth/staff-sessions";
import { changeStaffRole, createStaffUser, newSetupLink, setStaffUserActive } from "@/lib/users/manage-staff-users";
import { findSetupLinkUser, SETUP_LINK_HOURS, setPasswordWithLink } from "@/lib/users/password-setup";
import { seedDemoData } from "../../scripts/seeds/seed-demo-data";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
type TUser = { id: string; email: string; name: string; role: "ADMIN" | "CASEWORKER" | "MANAGER"; municipalityId: string };
let herningAdmin: TUser;
let holbaekAdmin: TUser;
const GOOD_PASSWORD = "lilla elefant på cykel";

beforeAll(async () => {
  await seedDemoData(db);
  const user = (email: string) =>
    db.user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, name: true, role: true, municipalityId: true } });
  herningAdmin = await user("admin@herning.demo");
  holbaekAdmin = await user("admin@holbaek.demo");
});
afterAll(() => db.$disconnect());

describe("a new staff user", () => {
  it("is created without a password, sets one once through the link, and can then sign in", async () => {
    const created = await createStaffUser(db, { admin: herningAdmin, user: { name: "Ny Kollega", email: "ny.kollega@herning.dk", role: "CASEWORKER" } });
    if (created.status !== "created") throw new Error("not created");
    expect(await authenticateStaffUser(db, { email: "ny.kollega@herning.dk", password: "" })).toBeNull();
    expect(await findSetupLinkUser(db, created.token)).toMatchObject({ name: "Ny Kollega" });

    expect(await setPasswordWithLink(db, { token: created.token, password: "kort" })).toEqual({ status: "weak", problem: "tooShort" });
    expect(await setPasswordWithLink(db, { token: created.token, password: "123456qwerty" })).toEqual({ status: "weak", problem: "common" });
    expect(await setPasswordWithLink(db, { token: created.token, password: GOOD_PASSWORD })).toEqual({ status: "set" });
    expect(await setPasswordWithLink(db, { token: created.token, password: "en anden god adgangskode" })).toEqual({ status: "invalid-link" });
    expect(await authenticateStaffUser(db, { email: "ny.kollega@herning.dk", password: GOOD_PASSWORD })).toMatchObject({
      id: created.userId,
      role: "CASEWORKER",
    });

    const stored = await db.passwordSetupToken.findFirstOrThrow({ where: { userId: created.userId } });
    expect(stored.tokenHash).not.toContain(created.token);
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    const actions = await db.auditEvent.findMany({ where: { entityId: created.userId }, orderBy: { id: "asc" }, select: { action: true, actorUserId: true } });
    expect(actions).toEqual([
      { action: "user.create", actorUserId: herningAdmin.id },
      { action: "user.password-set", actorUserId: created.userId },
    ]);
  });

  it("refuses an e-mail address already in use, whatever its case", async () => {
    expect(await createStaffUser(db, { admin: herningAdmin, user: { name: "Kopi", email: "caseworker@herning.demo", role: "MANAGER" } })).toEqual({
      status: "email-taken",
    });
  });

  it("gets a link that stops working after 72 hours, and when a new one is made", async () => {
    const created = await createStaffUser(db, { admin: herningAdmin, user: { name: "Sen Kollega", email: "sen@herning.dk", role: "MANAGER" } });
    if (created.status !== "created") throw new Error("not created");
    const later = new Date(Date.now() + (SETUP_LINK_HOURS + 1) * 3_600_000);
    expect(await setPasswordWithLink(db, { token: created.token, password: GOOD_PASSWORD, now: later })).toEqual({ status: "invalid-link" });
    const again = await newSetupLink(db, { admin: herningAdmin, userId: created.userId });
    if (again.status !== "issued") throw new Error("not issued");
    expect(await findSetupLinkUser(db, created.token)).toBeNull();
    expect(await setPasswordWithLink(db, { token: again.token, password: GOOD_PASSWORD })).toEqual({ status: "set" });
  });

  it("of two submits of the same link at the same moment, only one sets the password", async () => {
    const created = await createStaffUser(db, { admin: herningAdmin, user: { name: "Dobbelt", email: "dobbelt@herning.dk", role: "CASEWORKER" } });
    if (created.status !== "created") throw new Error("not created");
    const results = await Promise.all([
      setPasswordWithLink(db, { token: created.token, password: GOOD_PASSWORD }),
      setPasswordWithLink(db, { token: created.token, password: "en helt anden sætning" }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["invalid-link", "set"]);
  });
});

describe("changing a staff user", () => {
  it("deactivating ends their sessions at once; reactivating lets them sign in again", async () => {
    const created = await createStaffUser(db, { admin: herningAdmin, user: { name: "Går Videre", email: "gaar@herning.dk", role: "CASEWORKER" } });
    if (created.status !== "created") throw new Error("not created");
    await setPasswordWithLink(db, { token: created.token, password: GOOD_PASSWORD });
    const sessionId = await createStaffSession(db, { userId: created.userId });
    expect(await resolveStaffSession(db, { sessionId, userId: created.userId })).not.toBeNull();
    expect(await setStaffUserActive(db, { admin: herningAdmin, userId: created.userId, isActive: false })).toEqual({ status: "done" });
    expect(await resolveStaffSession(db, { sessionId, userId: created.userId })).toBeNull();
    expect(await authenticateStaffUser(db, { email: "gaar@herning.dk", password: GOOD_PASSWORD })).toBeNull();
    expect(await setStaffUserActive(db, { admin: herningAdmin, userId: created.userId, isActive: true })).toEqual({ status: "done" });
    expect(await authenticateStaffUser(db, { email: "gaar@herning.dk", password: GOOD_PASSWORD })).not.toBeNull();
  });

  it("never leaves a municipality without an active administrator, even when two administrators demote each other at once", async () => {
    expect(await changeStaffRole(db, { admin: herningAdmin, userId: herningAdmin.id, role: "CASEWORKER" })).toEqual({ status: "last-admin" });
    expect(await setStaffUserActive(db, { admin: herningAdmin, userId: herningAdmin.id, isActive: false })).toEqual({ status: "last-admin" });
    const second = await createStaffUser(db, { admin: herningAdmin, user: { name: "Anden Admin", email: "admin2@herning.dk", role: "ADMIN" } });
    if (second.status !== "created") throw new Error("not created");
    const secondAdmin = { ...herningAdmin, id: second.userId };
    const results = await Promise.all([
      changeStaffRole(db, { admin: herningAdmin, userId: second.userId, role: "MANAGER" }),
      changeStaffRole(db, { admin: secondAdmin, userId: herningAdmin.id, role: "MANAGER" }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["done", "last-admin"]);
    const activeAdmins = await db.user.count({ where: { municipalityId: herningAdmin.municipalityId, role: "ADMIN", disabledAt: null } });
    expect(activeAdmins).toBe(1);
    // Put the demo administrator back for the other tests, whichever of the two won.
    await db.user.update({ where: { id: herningAdmin.id }, data: { role: "ADMIN" } });
  });

  it("cannot touch another municipality's users", async () => {
    expect(await changeStaffRole(db, { admin: holbaekAdmin, userId: herningAdmin.id, role: "CASEWORKER" })).toEqual({ status: "not-found" });
    expect(await setStaffUserActive(db, { admin: holbaekAdmin, userId: herningAdmin.id, isActive: false })).toEqual({ status: "not-found" });
    expect(await newSetupLink(db, { admin: holbaekAdmin, userId: herningAdmin.id })).toEqual({ status: "not-found" });
    expect((await db.user.findUniqueOrThrow({ where: { id: herningAdmin.id } })).role).toBe("ADMIN");
  });
});
