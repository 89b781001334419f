import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findArrivals, ZArrivalSearchSchema } from "@/lib/arrivals/find-arrivals";
import { arrivalInputFromFormData } from "@/lib/arrivals/form-data";
import { signInStaffUser } from "@/lib/auth/sign-in";
import { createTestArrival, ZArrivalFormOnTestDay } from "../support/arrival-form";
import { seedDemoActors } from "../support/demo-actors";
import { hostileString, VALID_ARRIVAL_FIELDS } from "../support/hostile-strings";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
let herning: { id: string; municipalityId: string };
beforeAll(async () => {
  ({ herning } = await seedDemoActors(db));
});
afterAll(() => db.$disconnect());

const VALID: Record<string, string> = {
  ...VALID_ARRIVAL_FIELDS,
  "children.0.givenName": "Ioana",
  "children.0.familyName": "Popescu",
  "children.0.dateOfBirth": "2020-05-05",
};
const TEXT_FIELDS = [
  "givenName",
  "familyName",
  "addressLine",
  "city",
  "employerOrSchool",
  "email",
  "phone",
  "children.0.givenName",
  "dateOfBirth",
  "arrivalDate",
];

describe("hostile input against the real database", () => {
  it("a form the schema accepts is stored exactly as typed; one it refuses writes nothing (never a database error)", async () => {
    let stored = 0;
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...TEXT_FIELDS), hostileString, { minKeys: 1, maxKeys: 3 }), async (replaced) => {
        const formData = new FormData();
        for (const [key, value] of Object.entries({ ...VALID, ...replaced })) formData.set(key, value);
        const parsed = ZArrivalFormOnTestDay.safeParse(arrivalInputFromFormData(formData));
        const before = await db.arrival.count();
        if (!parsed.success) {
          expect(await db.arrival.count()).toBe(before);
          return;
        }
        const result = await createTestArrival(db, { user: herning, form: parsed.data, creationKey: crypto.randomUUID(), isDuplicateConfirmed: true });
        expect(result.status).toBe("created");
        const arrival = await db.arrival.findUniqueOrThrow({
          where: { id: result.status === "created" ? result.arrivalId : "" },
          include: { householdMembers: true },
        });
        expect([arrival.givenName, arrival.familyName, arrival.city]).toEqual([parsed.data.givenName, parsed.data.familyName, parsed.data.city]);
        expect(arrival.householdMembers).toHaveLength(1);
        stored += 1;
      }),
      { numRuns: 120 },
    );
    expect(stored).toBeGreaterThan(5);
  });

  it("any search the URL can carry answers without a database error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom("q", "from", "to", "basis", "nationality", "page"), hostileString), async (query) => {
        await expect(findArrivals(db, { user: herning, search: ZArrivalSearchSchema.parse(query) })).resolves.toBeDefined();
      }),
      { numRuns: 200 },
    );
  });

  it("any e-mail and password at sign-in is a failed sign-in, never a database error", async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, hostileString, async (email, password) => {
        const result = await signInStaffUser(db, { credentials: { email, password }, clientKey: "fuzz", sleep: async () => {} });
        expect(result.status).not.toBe("signed-in");
      }),
      { numRuns: 100 },
    );
  });
});
