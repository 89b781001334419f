import { describe, expect, it } from "vitest";
import { fieldErrorsFrom, type TArrivalFormInput, ZArrivalFormSchema } from "@/lib/arrivals/schemas";

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
  const result = ZArrivalFormSchema.safeParse(input);
  return result.success ? {} : fieldErrorsFrom(result.error);
};

describe("the arrival form schema", () => {
  it("accepts a complete record and keeps names exactly as written", () => {
    expect(ZArrivalFormSchema.parse({ ...VALID, givenName: "  Олена " }).givenName).toBe("Олена");
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
    [{ residenceBasis: "" as TArrivalFormInput["residenceBasis"] }, { residenceBasis: "required" }],
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
