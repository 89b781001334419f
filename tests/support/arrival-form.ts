import { randomUUID } from "node:crypto";
import { createArrival } from "@/lib/arrivals/create-arrival";
import { emptyArrivalFormInput } from "@/lib/arrivals/form-values";
import { arrivalFormSchema, type TArrivalForm, type TArrivalFormInput } from "@/lib/arrivals/schemas";
import type { TActingUser } from "@/lib/auth/acting-user";
import { fromIsoDate } from "@/lib/dates/iso-date";
import type { PrismaClient } from "@/lib/db-client";

/**
 * The day the tests' arrival data is written for. The registration form checks dates against
 * "today" (an arrival at most ten years back); tests check them against this day, so they pass in
 * 2036 as they do now.
 */
export const TEST_TODAY = "2026-11-30";

/** The registration form's schema as it parses on TEST_TODAY. */
export const ZArrivalFormOnTestDay = arrivalFormSchema({ today: TEST_TODAY });

/** A single newcomer who arrived on 20 November 2026 in Herning, as the form posts it; `change` adds what a test needs. */
export function herningArrivalForm(change: Partial<TArrivalFormInput> & Pick<TArrivalFormInput, "givenName" | "familyName">) {
  const blank = emptyArrivalFormInput({ postalCode: "7400", city: "Herning", today: fromIsoDate("2026-11-20"), packetLanguage: "en" });
  return ZArrivalFormOnTestDay.parse({
    ...blank,
    dateOfBirth: "1990-02-03",
    nationality: "UA",
    addressLine: "Bredgade 1",
    residenceBasis: "REFUGEE",
    ...change,
  } satisfies TArrivalFormInput);
}

/**
 * createArrival as a test registers: on the day of arrival unless the test says when (`now`), so no
 * deadline depends on the day the test runs (a late registration moves deadlines past on that day).
 */
export function createTestArrival(db: PrismaClient, options: Parameters<typeof createArrival>[1]) {
  return createArrival(db, { now: new Date(`${options.form.arrivalDate}T10:00:00Z`), ...options });
}

/** Registers a household of the test's own as `user` (no duplicate question) and returns its id. */
export async function registerTestArrival(db: PrismaClient, user: TActingUser, form: TArrivalForm, now?: Date): Promise<string> {
  const created = await createTestArrival(db, { user, form, creationKey: randomUUID(), isDuplicateConfirmed: true, ...(now ? { now } : {}) });
  if (created.status !== "created") throw new Error(`The test's arrival was not registered: ${created.status}`);
  return created.arrivalId;
}
