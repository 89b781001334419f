import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findArrivals } from "@/lib/arrivals/find-arrivals";
import { authenticateStaffUser } from "@/lib/auth/authenticate-staff-user";
import { NOISE_BOUND } from "@/lib/stats/cell-noise";
import { loadDashboard } from "@/lib/stats/load-dashboard";
import { readPeriodCounts } from "@/lib/stats/read-counts";
import { DEMO_MUNICIPALITIES } from "../../scripts/seeds/demo-data";
import { seedDemoData } from "../../scripts/seeds/seed-demo-data";
import { createTestDb } from "../support/test-db";

const db = createTestDb();

beforeAll(async () => {
  await seedDemoData(db);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("demo data", () => {
  it("creates both municipalities with a user per role and a second caseworker, and is safe to run twice", async () => {
    await seedDemoData(db);
    const municipalities = await db.municipality.findMany({ select: { slug: true, _count: { select: { users: true } } }, orderBy: { slug: "asc" } });
    expect(municipalities).toEqual([
      { slug: "herning", _count: { users: 4 } },
      { slug: "holbaek", _count: { users: 4 } },
    ]);
    const expectedArrivals = DEMO_MUNICIPALITIES.reduce((sum, m) => sum + m.arrivals.length, 0);
    expect(await db.arrival.count()).toBe(expectedArrivals);
  });
});

describe("authenticateStaffUser", () => {
  it("accepts the right password, whatever the e-mail's case was when typed", async () => {
    const user = await authenticateStaffUser(db, { email: "caseworker@herning.demo", password: "ankomst-demo" });
    expect(user).toMatchObject({ email: "caseworker@herning.demo", role: "CASEWORKER" });
  });

  it("refuses a wrong password and an unknown user alike", async () => {
    expect(await authenticateStaffUser(db, { email: "caseworker@herning.demo", password: "wrong" })).toBeNull();
    expect(await authenticateStaffUser(db, { email: "nobody@herning.demo", password: "ankomst-demo" })).toBeNull();
  });

  it("refuses a disabled user", async () => {
    await db.user.update({ where: { email: "admin@holbaek.demo" }, data: { disabledAt: new Date() } });
    expect(await authenticateStaffUser(db, { email: "admin@holbaek.demo", password: "ankomst-demo" })).toBeNull();
    await db.user.update({ where: { email: "admin@holbaek.demo" }, data: { disabledAt: null } });
  });
});

describe("tenant isolation", () => {
  it("lists only the caseworker's own municipality's arrivals and audits the read", async () => {
    const caseworker = await db.user.findUniqueOrThrow({ where: { email: "caseworker@holbaek.demo" } });
    const { items: arrivals } = await findArrivals(db, { user: caseworker, search: {} });
    const holbaek = DEMO_MUNICIPALITIES.find((m) => m.slug === "holbaek")!;
    expect(arrivals.map((a) => a.familyName).sort()).toEqual(holbaek.arrivals.map((a) => a.familyName).sort());
    const audit = await db.auditEvent.findFirst({ where: { actorUserId: caseworker.id, action: "arrival.search" } });
    expect(audit?.municipalityId).toBe(caseworker.municipalityId);
  });

  it("counts statistics per municipality, with small counts protected", async () => {
    const herning = await db.municipality.findUniqueOrThrow({ where: { slug: "herning" } });
    const period = { from: "2026-01-01", to: "2026-11-22" };
    // Herning's five demo households, counted exactly in its own rollups (Holbæk's not among them)...
    const counts = await readPeriodCounts(db, { municipalityId: herning.id, period });
    expect(counts.byDimension.arrivals.get("")).toBe(5);
    // ...and shown perturbed (decision 006), every count from 1 to 4 suppressed.
    const dashboard = await loadDashboard(db, { municipalityId: herning.id, period, today: "2026-11-22", language: "en" });
    const shown = [dashboard.tables.basis.total!.current, ...dashboard.tables.basis.rows.map((row) => row.counts.current)];
    expect(shown.every((count) => count.kind !== "shown" || count.value === 0 || count.value >= 5)).toBe(true);
    const total = dashboard.tables.basis.total!.current;
    if (total.kind === "shown") expect(Math.abs(total.value - 5)).toBeLessThanOrEqual(NOISE_BOUND);
  });
});

describe("database constraints", () => {
  it("rejects an arrival born after it arrived, and a lower-case nationality", async () => {
    const herning = await db.municipality.findUniqueOrThrow({ where: { slug: "herning" } });
    const valid = {
      municipalityId: herning.id,
      givenName: "Test",
      familyName: "Person",
      searchName: "test person",
      dateOfBirth: new Date("1990-01-01"),
      nationality: "DE",
      packetLanguage: "en" as const,
      arrivalDate: new Date("2026-01-01"),
      addressLine: "Torvet 1",
      postalCode: "7400",
      city: "Herning",
      residenceBasis: "OTHER" as const,
    };
    await expect(db.arrival.create({ data: { ...valid, dateOfBirth: new Date("2026-02-01") } })).rejects.toThrow();
    await expect(db.arrival.create({ data: { ...valid, nationality: "de" } })).rejects.toThrow();
    await expect(db.arrival.create({ data: valid })).resolves.toMatchObject({ version: 1 });
  });

  it("keeps e-mail addresses unique", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "manager@herning.demo" } });
    await expect(
      db.user.create({ data: { email: user.email, name: "Copy", passwordHash: "x", role: "MANAGER", municipalityId: user.municipalityId } }),
    ).rejects.toThrow();
  });
});
