import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ZArrivalSearchSchema } from "@/lib/arrivals/find-arrivals";
import { arrivalInputFromFormData } from "@/lib/arrivals/form-data";
import { ZArrivalFormSchema } from "@/lib/arrivals/schemas";
import { ZSignInSchema } from "@/lib/auth/schemas";
import { ZStepTextSchema } from "@/lib/catalogue/schemas";
import { isCalendarDate } from "@/lib/dates/iso-date";
import { periodFromQuery, ZPeriodQuery } from "@/lib/stats/period";
import { isCleanLine, isCleanText } from "@/lib/validation/text";
import { anyValue, hostileString, VALID_ARRIVAL_FIELDS } from "../support/hostile-strings";

const ARRIVAL_FIELDS = [
  "givenName",
  "familyName",
  "dateOfBirth",
  "nationality",
  "packetLanguage",
  "email",
  "phone",
  "arrivalDate",
  "addressLine",
  "postalCode",
  "city",
  "residenceBasis",
  "employerOrSchool",
  "expectedStayMonths",
  "cprRegistered",
  "cprRegisteredOn",
  "hasSpouse",
  "spouse.givenName",
  "spouse.familyName",
  "spouse.dateOfBirth",
  "children.0.givenName",
  "children.0.dateOfBirth",
];
const VALID = VALID_ARRIVAL_FIELDS;

/** Every text a parsed form holds, however deep. */
function textsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value && typeof value === "object") return Object.values(value).flatMap(textsOf);
  return [];
}

describe("hostile input never gets past validation into the database, and validation never throws", () => {
  it("the arrival form: any field replaced by anything", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...ARRIVAL_FIELDS), hostileString, { maxKeys: 6 }), (replaced) => {
        const formData = new FormData();
        for (const [key, value] of Object.entries({ ...VALID, ...replaced })) formData.set(key, value);
        const parsed = ZArrivalFormSchema.safeParse(arrivalInputFromFormData(formData));
        if (!parsed.success) return;
        for (const text of textsOf(parsed.data)) expect(isCleanLine(text), JSON.stringify(text)).toBe(true);
        for (const day of [parsed.data.dateOfBirth, parsed.data.arrivalDate, ...parsed.data.children.map((child) => child.dateOfBirth)]) {
          expect(isCalendarDate(day)).toBe(true);
        }
        expect(/\p{L}/u.test(parsed.data.givenName)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("the arrival form's schema called with values of the wrong type", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...ARRIVAL_FIELDS, "children", "spouse"), anyValue, { maxKeys: 6 }), (replaced) => {
        expect(() => ZArrivalFormSchema.safeParse({ ...VALID, ...replaced })).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it("the caseworkers' search, read from the URL", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("q", "from", "to", "basis", "nationality", "page", "__proto__"), hostileString), (query) => {
        const search = ZArrivalSearchSchema.parse(query);
        if (search.q !== undefined) expect(isCleanText(search.q)).toBe(true);
        for (const day of [search.from, search.to]) if (day !== undefined) expect(isCalendarDate(day)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("the dashboard's period, read from the URL", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("period", "from", "to"), anyValue), (query) => {
        const { period } = periodFromQuery(ZPeriodQuery.parse(query), new Date("2026-11-23T12:00:00Z"));
        expect(isCalendarDate(period.from) && isCalendarDate(period.to) && period.from <= period.to).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("a step text and a sign-in", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("title", "body", "whereName", "whereUrl", "checkedOn", "email", "password"), anyValue), (input) => {
        const text = ZStepTextSchema.safeParse({ title: "T", body: "B", checkedOn: "2026-01-01", ...input });
        if (text.success) for (const value of textsOf(text.data)) expect(isCleanText(value)).toBe(true);
        const signIn = ZSignInSchema.safeParse({ email: "a@b.dk", password: "x", ...input });
        if (signIn.success) expect(isCleanLine(signIn.data.email)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
