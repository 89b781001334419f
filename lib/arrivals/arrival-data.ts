import { fromIsoDate } from "@/lib/dates/iso-date";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TArrivalForm } from "./schemas";
import { toSearchName } from "./search-name";

const orNull = (value: string) => (value === "" ? null : value);

/** The arrival's own columns from a validated form (household members are written separately). */
export function arrivalColumns(form: TArrivalForm) {
  return {
    givenName: form.givenName,
    familyName: form.familyName,
    searchName: toSearchName(form.givenName, form.familyName),
    dateOfBirth: fromIsoDate(form.dateOfBirth),
    nationality: form.nationality,
    packetLanguage: form.packetLanguage,
    email: orNull(form.email),
    phone: orNull(form.phone),
    arrivalDate: fromIsoDate(form.arrivalDate),
    addressLine: form.addressLine,
    postalCode: form.postalCode,
    city: form.city,
    residenceBasis: form.residenceBasis,
    employerOrSchool: orNull(form.employerOrSchool),
    expectedStayMonths: form.expectedStayMonths === "" ? null : Number(form.expectedStayMonths),
    cprRegistered: form.cprRegistered,
    cprRegisteredOn: form.cprRegistered && form.cprRegisteredOn !== "" ? fromIsoDate(form.cprRegisteredOn) : null,
  } satisfies Partial<Prisma.ArrivalUncheckedCreateInput>;
}

/** Spouse first, then the children in the order typed. */
export function householdRows(form: TArrivalForm): Omit<Prisma.HouseholdMemberCreateManyInput, "arrivalId">[] {
  const spouse = form.spouse
    ? [
        {
          kind: "SPOUSE" as const,
          givenName: form.spouse.givenName,
          familyName: form.spouse.familyName,
          dateOfBirth: form.spouse.dateOfBirth ? fromIsoDate(form.spouse.dateOfBirth) : null,
          seekingWork: form.spouse.seekingWork,
          position: 0,
        },
      ]
    : [];
  const children = form.children.map((child, index) => ({
    kind: "CHILD" as const,
    givenName: child.givenName,
    familyName: child.familyName,
    dateOfBirth: fromIsoDate(child.dateOfBirth),
    seekingWork: null,
    position: index + 1,
  }));
  return [...spouse, ...children];
}
