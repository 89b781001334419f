import { randomUUID } from "node:crypto";
import { applicableStepIdsOf } from "@/lib/arrivals/applicable-step-ids";
import { toSearchName } from "@/lib/arrivals/search-name";
import { hashPassword } from "@/lib/auth/password";
import { seedCatalogue } from "@/lib/catalogue/seed-catalogue";
import { fromIsoDate } from "@/lib/dates/iso-date";
import type { PrismaClient } from "@/lib/db-client";
import { DEMO_MUNICIPALITIES, DEMO_PASSWORD, DEMO_ROLES, type TDemoMunicipality } from "./demo-data";

/** Idempotent: municipalities and users are upserted; arrivals are added only to a municipality that has none. */
export async function seedDemoData(db: PrismaClient): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const demo of DEMO_MUNICIPALITIES) {
    const { arrivals: _arrivals, offices, ...profile } = demo;
    const municipality = await db.municipality.upsert({ where: { slug: demo.slug }, create: profile, update: {} });
    if ((await db.office.count({ where: { municipalityId: municipality.id } })) === 0) {
      await db.office.createMany({ data: offices.map((office, position) => ({ ...office, position, municipalityId: municipality.id })) });
    }
    await seedCatalogue(db, municipality.id);
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
  }
}

async function seedArrivals(db: PrismaClient, municipalityId: string, demo: TDemoMunicipality) {
  for (const arrival of demo.arrivals) {
    const { spouse, children = [], cprRegisteredOn, dateOfBirth, arrivalDate, ...person } = arrival;
    const members = [
      ...(spouse ? [{ id: randomUUID(), kind: "SPOUSE" as const, ...spouse, dateOfBirth: fromIsoDate(spouse.dateOfBirth), position: 0 }] : []),
      ...children.map((child, index) => ({
        id: randomUUID(),
        kind: "CHILD" as const,
        ...child,
        dateOfBirth: fromIsoDate(child.dateOfBirth),
        seekingWork: null,
        position: index + 1,
      })),
    ];
    const record = {
      ...person,
      dateOfBirth: fromIsoDate(dateOfBirth),
      arrivalDate: fromIsoDate(arrivalDate),
      cprRegistered: cprRegisteredOn !== undefined,
      cprRegisteredOn: cprRegisteredOn ? fromIsoDate(cprRegisteredOn) : null,
    };
    await db.arrival.create({
      data: {
        ...record,
        municipalityId,
        searchName: toSearchName(person.givenName, person.familyName),
        postalCode: demo.postalCode,
        city: demo.city,
        applicableStepIds: applicableStepIdsOf({
          ...record,
          employerOrSchool: person.employerOrSchool ?? null,
          expectedStayMonths: person.expectedStayMonths ?? null,
          householdMembers: members,
        }),
        householdMembers: { create: members },
      },
    });
  }
}
