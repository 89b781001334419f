import { afterEach, describe, expect, it, vi } from "vitest";
import { ARRIVAL_TEXT_LIMITS, arrivalFormSchema, arrivalTextLimit, fieldErrorsFrom, inFormOrder, type TArrivalFormInput } from "@/lib/arrivals/schemas";
import { ZArrivalFormOnTestDay } from "../support/arrival-form";

const VALID: TArrivalFormInput = {
  givenName: "Ingrid",
  familyName: "Sørensen",
  dateOfBirth: "1979-01-08",
  nationality: "NO",
  packetLanguage: "da",
  email: "",
  phone: "",
  arrivalDate: "2026-08-20",
  addressLine: "Dalgasgade 30",
  postalCode: "7400",
  city: "Herning",
  residenceBasis: "NORDIC",
  employerOrSchool: "",
  expectedStayMonths: "",
  cprRegistered: false,
  cprRegisteredOn: "",
  spouse: null,
  children: [],
};

const errorsOf = (input: TArrivalFormInput) => {
  const result = ZArrivalFormOnTestDay.safeParse(input);
  return result.success ? {} : fieldErrorsFrom(result.error);
};

describe("the arrival form schema", () => {
  it("accepts a complete record and keeps names exactly as written", () => {
    expect(ZArrivalFormOnTestDay.parse({ ...VALID, givenName: "  Олена " }).givenName).toBe("Олена");
  });

  it("reports a date of birth after the arrival together with other errors", () => {
    expect(errorsOf({ ...VALID, dateOfBirth: "2026-09-01", addressLine: "" })).toEqual({ dateOfBirth: "bornAfterArrival", addressLine: "required" });
  });

  it.each([
    [{ dateOfBirth: "2026-02-30" }, { dateOfBirth: "dateInvalid" }],
    [{ nationality: "XX" }, { nationality: "countryInvalid" }],
    [{ postalCode: "740" }, { postalCode: "postalCodeInvalid" }],
    [{ email: "not-an-address" }, { email: "emailInvalid" }],
    [{ expectedStayMonths: "0" }, { expectedStayMonths: "stayInvalid" }],
    [{ cprRegistered: true }, { cprRegisteredOn: "cprDateRequired" }],
    // A choice not made asks to choose.
    [{ residenceBasis: "" as TArrivalFormInput["residenceBasis"] }, { residenceBasis: "chooseOne" }],
    // Every key the schema gives reaches the form as itself (this one was shown as "Fill in this field").
    [{ latinName: "Олена" }, { latinName: "latinOnly" }],
  ] as [Partial<TArrivalFormInput>, Record<string, string>][])("rejects %o with %o", (change, expected) => {
    expect(errorsOf({ ...VALID, ...change })).toEqual(expected);
  });

  it("names household fields by their place in the form", () => {
    const errors = errorsOf({
      ...VALID,
      spouse: { givenName: "", familyName: "X", dateOfBirth: "", seekingWork: true },
      children: [{ givenName: "A", familyName: "B", dateOfBirth: "" }],
    });
    expect(errors).toEqual({ "spouse.givenName": "required", "children.0.dateOfBirth": "required" });
  });
});

describe("the order and limits of the arrival form's fields", () => {
  it("puts error paths in the order the form shows them, children by number, whatever order the checks found them", () => {
    const found = [
      "children.1.familyName",
      "dateOfBirth",
      "children.10.givenName",
      "spouse.dateOfBirth",
      "children.2.givenName",
      "cprRegisteredOn",
      "givenName",
      "children.1.dateOfBirth",
    ];
    expect(inFormOrder(found)).toEqual([
      "givenName",
      "dateOfBirth",
      "cprRegisteredOn",
      "spouse.dateOfBirth",
      "children.1.familyName",
      "children.1.dateOfBirth",
      "children.2.givenName",
      "children.10.givenName",
    ]);
  });

  it("refuses one character past each text field's limit and accepts the limit itself", () => {
    for (const [field, max] of Object.entries(ARRIVAL_TEXT_LIMITS)) {
      const atLimit = field === "email" ? `${"a".repeat(max - 12)}@example.com` : field === "phone" ? "1".repeat(max) : "a".repeat(max);
      expect(errorsOf({ ...VALID, [field]: atLimit })[field], field).toBeUndefined();
      expect(errorsOf({ ...VALID, [field]: `${atLimit}1` })[field], field).toBe("tooLong");
    }
  });

  it("finds a household member's limit by the last part of the path", () => {
    expect(arrivalTextLimit("children.3.familyName")).toBe(ARRIVAL_TEXT_LIMITS.familyName);
    expect(arrivalTextLimit("spouse.givenName")).toBe(ARRIVAL_TEXT_LIMITS.givenName);
    expect(arrivalTextLimit("dateOfBirth")).toBeUndefined();
    expect(arrivalTextLimit("constructor")).toBeUndefined();
  });
});

describe("the day the app checks dates against", () => {
  afterEach(() => vi.useRealTimers());

  it("is the Danish day: just after midnight in Denmark, today's CPR registration is not in the future", () => {
    // 23:30 UTC on 4 December is 00:30 on 5 December in Copenhagen.
    vi.useFakeTimers({ now: new Date("2026-12-04T23:30:00Z"), toFake: ["Date"] });
    const registeredToday = { ...VALID, cprRegistered: true, cprRegisteredOn: "2026-12-05" };
    expect(arrivalFormSchema().safeParse(registeredToday).success).toBe(true);
    expect(arrivalFormSchema().safeParse({ ...registeredToday, cprRegisteredOn: "2026-12-06" }).success).toBe(false);
  });
});
