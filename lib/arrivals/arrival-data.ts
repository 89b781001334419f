import { randomUUID } from "node:crypto";
import { fromIsoDate } from "@/lib/dates/iso-date";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TArrivalForm } from "./schemas";
import { SEARCH_FOLD_VERSION, toSearchName } from "./search-name";

const orNull = (value: string) => (value === "" ? null : value);

/** The arrival's own columns from a validated form. */
export function arrivalColumns(form: TArrivalForm) {
  const columns = {
    givenName: form.givenName,
    familyName: form.familyName,
    latinName: orNull(form.latinName),
    searchName: toSearchName(form.givenName, form.familyName, form.latinName),
    searchNameVersion: SEARCH_FOLD_VERSION,
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
  };
  // The applicable steps are stored from the saved record (lib/steps/stored-steps.ts), household members' CPR dates included.
  return columns satisfies Partial<Prisma.ArrivalUncheckedCreateInput>;
}

export type THouseholdRow = {
  id: string;
  kind: "SPOUSE" | "CHILD";
  givenName: string;
  familyName: string;
  searchName: string;
  searchNameVersion: number;
  dateOfBirth: Date | null;
  seekingWork: boolean | null;
  position: number;
};

/**
 * Spouse first, then the children in the order typed. A member keeps the id the form carries when
 * it names a member of the same kind already in this household (`existing`): an edit updates that
 * person, so their ticks and reminders stay. Other ids are made here, before the rows are written,
 * because the steps for a child are named by the child's id.
 */
export function householdRows(form: TArrivalForm, existing: ReadonlyMap<string, THouseholdRow["kind"]> = new Map()): THouseholdRow[] {
  const used = new Set<string>();
  const idFor = (postedId: string | undefined, kind: THouseholdRow["kind"]) => {
    const isKept = postedId !== undefined && existing.get(postedId) === kind && !used.has(postedId);
    const id = isKept ? postedId : randomUUID();
    used.add(id);
    return id;
  };
  const spouse = form.spouse
    ? [
        {
          id: idFor(form.spouse.id, "SPOUSE"),
          kind: "SPOUSE" as const,
          givenName: form.spouse.givenName,
          familyName: form.spouse.familyName,
          searchName: toSearchName(form.spouse.givenName, form.spouse.familyName),
          searchNameVersion: SEARCH_FOLD_VERSION,
          dateOfBirth: form.spouse.dateOfBirth ? fromIsoDate(form.spouse.dateOfBirth) : null,
          seekingWork: form.spouse.seekingWork,
          position: 0,
        },
      ]
    : [];
  const children = form.children.map((child, index) => ({
    id: idFor(child.id, "CHILD"),
    kind: "CHILD" as const,
    givenName: child.givenName,
    familyName: child.familyName,
    searchName: toSearchName(child.givenName, child.familyName),
    searchNameVersion: SEARCH_FOLD_VERSION,
    dateOfBirth: fromIsoDate(child.dateOfBirth),
    seekingWork: null,
    position: index + 1,
  }));
  return [...spouse, ...children];
}
