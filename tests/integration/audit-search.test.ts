import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getArrival } from "@/lib/arrivals/get-arrival";
import { auditCsv } from "@/lib/audit/audit-csv";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AUDIT_PAGE_SIZE, danishMidnight, exportAuditLog, searchAuditLog } from "@/lib/audit/search-audit-log";
import { searchQueryDigest } from "@/lib/audit/search-query-digest";
import type { TActingUser } from "@/lib/auth/acting-user";
import { danishDayOf } from "@/lib/dates/iso-date";
import { seedDemoActors } from "../support/demo-actors";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
let herning: TActingUser;
let holbaek: TActingUser;
let admin: TActingUser;
let jonasId: string;
let priyaId: string;

beforeAll(async () => {
  ({ herning, holbaek, jonasId, priyaId } = await seedDemoActors(db));
  admin = await db.user.findUniqueOrThrow({ where: { email: "admin@herning.demo" }, select: { id: true, municipalityId: true } });
  await getArrival(db, { user: herning, arrivalId: jonasId, purpose: "view" });
  await getArrival(db, { user: herning, arrivalId: priyaId, purpose: "edit" });
  await getArrival(db, { user: holbaek, arrivalId: jonasId, purpose: "view" }); // refused, in Holbæk's log
});
afterAll(() => db.$disconnect());

describe("the administrator's audit search", () => {
  it("finds who opened an arrival, by its name or its id, and only in the administrator's municipality", async () => {
    const byName = await searchAuditLog(db, { user: admin, search: { arrival: "jonas", action: "arrival.view" } });
    const caseworker = await db.user.findUniqueOrThrow({ where: { id: herning.id }, select: { name: true } });
    expect(byName.items.map((event) => [event.actor?.name, event.entityId])).toEqual([[caseworker.name, jonasId]]);
    const byId = await searchAuditLog(db, { user: admin, search: { arrival: jonasId } });
    expect(byId.items.every((event) => event.entityId === jonasId)).toBe(true);
    // Holbæk's refused request is in Holbæk's log, not Herning's.
    expect(byId.items.some((event) => event.action === "arrival.refused")).toBe(false);
  });

  it("filters by staff member and period (Danish days), pages, and records every search", async () => {
    const byActor = await searchAuditLog(db, { user: admin, search: { actor: herning.id } });
    expect(byActor.items.length).toBeGreaterThan(0);
    expect(byActor.items.every((event) => event.action !== "audit.search")).toBe(true);
    // The search's periods are Danish days, so "today" is the Danish day (UTC's is a day behind late in the evening).
    const today = danishDayOf(new Date());
    expect((await searchAuditLog(db, { user: admin, search: { actor: herning.id, from: "2000-01-01", to: "2000-12-31" } })).total).toBe(0);
    expect((await searchAuditLog(db, { user: admin, search: { actor: herning.id, from: today, to: today } })).total).toBeGreaterThan(0);

    const searches = await db.auditEvent.count({ where: { actorUserId: admin.id, action: "audit.search" } });
    expect(searches).toBeGreaterThanOrEqual(5);
    const last = await db.auditEvent.findFirstOrThrow({ where: { actorUserId: admin.id, action: "audit.search" }, orderBy: { id: "desc" } });
    expect(last.metadata).toMatchObject({ filters: { actor: herning.id, from: today, to: today } });

    for (let index = 0; index < AUDIT_PAGE_SIZE + 5; index++) {
      await recordAuditEvent(db, { municipalityId: admin.municipalityId, actorUserId: herning.id, action: "arrival.search", entityType: "arrival" });
    }
    const secondPage = await searchAuditLog(db, { user: admin, search: { action: "arrival.search", page: 2 } });
    expect(secondPage.page).toBe(2);
    expect(secondPage.items.length).toBe(secondPage.total - AUDIT_PAGE_SIZE);
  });

  it("takes a day as it is in Denmark, summer and winter", () => {
    expect(danishMidnight("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
    expect(danishMidnight("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
  });

  it("finds a person by a spouse's or child's name, and names the arrival in each row until it is anonymised", async () => {
    // Jonas's wife Lena and son Emil (the demo household): a request may name any of them.
    for (const name of ["Lena Müller", "emil"]) {
      const found = await searchAuditLog(db, { user: admin, search: { arrival: name, action: "arrival.view" } });
      expect(
        found.items.map((event) => [event.entityId, event.entityName]),
        name,
      ).toEqual([[jonasId, "Jonas Müller"]]);
    }
    const ingrid = await db.arrival.findFirstOrThrow({ where: { municipalityId: admin.municipalityId, givenName: "Ingrid" }, select: { id: true } });
    await getArrival(db, { user: herning, arrivalId: ingrid.id, purpose: "view" });
    await db.arrival.update({ where: { id: ingrid.id }, data: { anonymisedAt: new Date() } });
    const anonymised = await searchAuditLog(db, { user: admin, search: { arrival: ingrid.id, action: "arrival.view" } });
    expect(anonymised.items.map((event) => event.entityName)).toEqual([null]);
    // The staff member is named with their e-mail, so two of the same name are told apart.
    expect(anonymised.items[0]?.actor?.email).toBe("caseworker@herning.demo");
  });

  it("exports the matching events as CSV in the administrator's language, and records the export", async () => {
    const rows = await exportAuditLog(db, { user: admin, search: { arrival: "jonas" } });
    const csv = auditCsv(rows, "da");
    expect(csv.split("\r\n")[0]).toBe("\uFEFFTidspunkt (UTC);Medarbejder;E-mail;Hændelse;Hændelseskode;Vedrører (type);Vedrører (id);Vedrører (navn);Detaljer");
    expect(csv).toContain(`Åbnede en tilflytning;arrival.view;Tilflytning;${jonasId};Jonas Müller;`);
    expect(csv).not.toContain(priyaId);
    const exported = await db.auditEvent.findFirstOrThrow({ where: { actorUserId: admin.id, action: "audit.export" }, orderBy: { id: "desc" } });
    expect(exported.metadata).toMatchObject({ rows: rows.length, filters: { arrival: null, arrivalDigest: searchQueryDigest("Jonas") } });
  });
});
