import { randomUUID } from "node:crypto";
import { createArrival } from "@/lib/arrivals/create-arrival";
import type { TArrivalForm } from "@/lib/arrivals/schemas";
import { hashPassword } from "@/lib/auth/password";
import { seedCatalogue } from "@/lib/catalogue/seed-catalogue";
import type { PrismaClient } from "@/lib/db-client";
import { NATIONAL_PLACES } from "@/lib/municipalities/national-places";
import { seedPublicPageTexts } from "@/lib/welcome/public-page-texts";
import { DEMO_MUNICIPALITIES, DEMO_PASSWORD, DEMO_ROLES, type TDemoMunicipality } from "./demo-data";

/** Idempotent: municipalities and users are upserted; arrivals are added only to a municipality that has none. */
export async function seedDemoData(db: PrismaClient): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const demo of DEMO_MUNICIPALITIES) await seedMunicipality(db, demo, passwordHash);
}

/**
 * One municipality as the demo has it: its profile, offices, the seeded catalogue, a user of each
 * role (`<role>@<slug>.demo`, the demo password's hash) and its households. End-to-end tests seed a
 * municipality of their own this way, so no test edits one another test reads.
 */
export async function seedMunicipality(db: PrismaClient, demo: TDemoMunicipality, passwordHash: string): Promise<{ id: string }> {
  const { arrivals: _arrivals, offices, ...profile } = demo;
  const municipality = await db.municipality.upsert({ where: { slug: demo.slug }, create: profile, update: {}, select: { id: true } });
  if ((await db.office.count({ where: { municipalityId: municipality.id } })) === 0) {
    await db.office.createMany({
      data: [
        ...offices.map((office, position) => ({ ...office, position, municipalityId: municipality.id })),
        // The national bodies steps are done at, as the migration gave every municipality (no address to visit).
        ...NATIONAL_PLACES.map((place, index) => ({
          ...place,
          kind: "NATIONAL" as const,
          addressLine: "",
          postalCode: "",
          city: "",
          position: 1000 + index,
          municipalityId: municipality.id,
        })),
      ],
    });
  }
  await seedCatalogue(db, municipality.id);
  await seedPublicPageTexts(db, municipality.id);
  for (const { role, local, name } of DEMO_ROLES) {
    const email = `${local}@${demo.slug}.demo`;
    await db.user.upsert({
      where: { email },
      create: { email, name: `${name} ${demo.name}`, role, passwordHash, municipalityId: municipality.id },
      update: {},
    });
  }
  if ((await db.arrival.count({ where: { municipalityId: municipality.id } })) === 0) {
    await seedArrivals(db, municipality.id, demo);
  }
  return municipality;
}

/**
 * The demo households are registered as a caseworker registers them (createArrival): the same
 * columns, household rows, search names and audit events as the app writes, so nothing the app
 * derives at registration is missing. The form is built as the schema would output it, not parsed,
 * so the fixed demo dates are never checked against today's.
 */
async function seedArrivals(db: PrismaClient, municipalityId: string, demo: TDemoMunicipality) {
  const caseworker = await db.user.findUniqueOrThrow({ where: { email: `caseworker@${demo.slug}.demo` }, select: { id: true, municipalityId: true } });
  // createArrival takes the municipality from the user; a mismatch would be a broken demo.
  if (caseworker.municipalityId !== municipalityId) throw new Error(`caseworker@${demo.slug}.demo belongs to another municipality`);
  for (const arrival of demo.arrivals) {
    const form = demoArrivalForm(arrival, demo);
    const result = await createArrival(db, { user: caseworker, form, creationKey: randomUUID(), isDuplicateConfirmed: true, now: demoRegistrationTime(form) });
    if (result.status !== "created") throw new Error(`Demo arrival ${arrival.givenName} not created: ${result.status}`);
  }
}

/**
 * A demo household is registered on its day of arrival (or now, for one announced ahead): registered
 * today, one that arrived weeks ago would have every deadline moved to "as soon as possible".
 */
export function demoRegistrationTime(form: Pick<TArrivalForm, "arrivalDate">): Date {
  return new Date(Math.min(Date.now(), Date.parse(`${form.arrivalDate}T10:00:00Z`)));
}

/** A demo household as the arrival form's schema outputs it, living in `demo`'s town. */
export function demoArrivalForm(arrival: TDemoMunicipality["arrivals"][number], demo: Pick<TDemoMunicipality, "postalCode" | "city">): TArrivalForm {
  return {
    givenName: arrival.givenName,
    familyName: arrival.familyName,
    latinName: arrival.latinName ?? "",
    dateOfBirth: arrival.dateOfBirth,
    nationality: arrival.nationality,
    packetLanguage: arrival.packetLanguage,
    email: arrival.email ?? "",
    phone: "",
    arrivalDate: arrival.arrivalDate,
    addressLine: arrival.addressLine,
    postalCode: demo.postalCode,
    city: demo.city,
    residenceBasis: arrival.residenceBasis,
    employerOrSchool: arrival.employerOrSchool ?? "",
    expectedStayMonths: arrival.expectedStayMonths?.toString() ?? "",
    cprRegistered: arrival.cprRegisteredOn !== undefined,
    cprRegisteredOn: arrival.cprRegisteredOn ?? "",
    spouse: arrival.spouse ? { id: "", ...arrival.spouse } : null,
    children: (arrival.children ?? []).map((child) => ({ id: "", ...child })),
  };
}
