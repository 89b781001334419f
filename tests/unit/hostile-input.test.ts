import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ZArrivalSearchSchema } from "@/lib/arrivals/find-arrivals";
import { arrivalInputFromFormData } from "@/lib/arrivals/form-data";
import { ZSignInSchema } from "@/lib/auth/schemas";
import { ZStepTextSchema } from "@/lib/catalogue/schemas";
import { isCalendarDate } from "@/lib/dates/iso-date";
import { periodFromQuery, ZPeriodQuery } from "@/lib/stats/period";
import { isCleanLine, isCleanText } from "@/lib/validation/text";
import { ZArrivalFormOnTestDay } from "../support/arrival-form";
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
        const parsed = ZArrivalFormOnTestDay.safeParse(arrivalInputFromFormData(formData));
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
        expect(() => ZArrivalFormOnTestDay.safeParse({ ...VALID, ...replaced })).not.toThrow();
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

describe("malformed requests are a client's mistake (4xx), never a failure of ours", () => {
  it("an address whose path or query is not valid percent-encoding is refused; any address a browser makes is taken", async () => {
    const { isWellFormedRequestTarget } = await import("@/lib/net/request-target");
    for (const target of ["/%ff", "/en/%ff", "/api/auth/error?error=%ff", "/en/arrivals?q=%E0%A4%A", "/%", "/en?x=%zz"]) {
      expect(isWellFormedRequestTarget(target), target).toBe(false);
    }
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "grapheme" }), { maxLength: 4 }),
        fc.dictionary(fc.string(), fc.string({ unit: "grapheme" })),
        (segments, query) => {
          const path = `/${segments.map(encodeURIComponent).join("/")}`;
          const search = new URLSearchParams(query).toString();
          expect(isWellFormedRequestTarget(search ? `${path}?${search}` : path)).toBe(true);
        },
      ),
    );
    fc.assert(
      fc.property(fc.string(), fc.constantFrom("%ff", "%c3", "%e0%a4", "%", "%g1", "%ed%a0%80"), fc.string(), (before, broken, after) => {
        expect(isWellFormedRequestTarget(`/${encodeURIComponent(before)}${broken}-${encodeURIComponent(after)}`)).toBe(false);
      }),
    );
  });

  it("a server action's text body must be an argument list of plain values, not too deep, referring to no part it lacks", async () => {
    const { isWellFormedActionArguments } = await import("@/lib/net/form-post-body");
    const deep = JSON.parse(`${"[".repeat(5000)}${"]".repeat(5000)}`);
    for (const body of [1, null, "$@1", { a: 1 }, ["$@99"], ["$Q99"], ["$F1"], ["$K1"], ["$1"], JSON.parse(`[{"then":"$1:then"}]`), deep]) {
      expect(isWellFormedActionArguments(body), body === deep ? "5,000 levels deep" : JSON.stringify(body)).toBe(false);
    }
    for (const body of [[], [null], ["a", 1, true], ["$$escaped"], ["$undefined", "$NaN", "$D2026-12-04T00:00:00.000Z", "$n12"], [{ a: [1, [2]] }]]) {
      expect(isWellFormedActionArguments(body), JSON.stringify(body)).toBe(true);
    }
    // Whatever JSON arrives, the check answers without throwing (no stack to overflow either).
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 50 }), (value) => {
        expect(typeof isWellFormedActionArguments(value)).toBe("boolean");
      }),
    );
  });
});
