import { describe, expect, it } from "vitest";
import { shiftChildErrors } from "@/lib/arrivals/shift-child-errors";

describe("shiftChildErrors", () => {
  it("drops the removed child's errors and moves the errors of the children below it up", () => {
    const errors = {
      givenName: "required",
      "children.0.givenName": "required",
      "children.1.dateOfBirth": "dateInFuture",
      "children.2.dateOfBirth": "dateInvalid",
    } as const;
    expect(shiftChildErrors(errors, 1)).toEqual({
      givenName: "required",
      "children.0.givenName": "required",
      "children.1.dateOfBirth": "dateInvalid",
    });
  });

  it("leaves the spouse's and the newcomer's errors alone", () => {
    expect(shiftChildErrors({ "spouse.givenName": "required", dateOfBirth: "bornAfterArrival" }, 0)).toEqual({
      "spouse.givenName": "required",
      dateOfBirth: "bornAfterArrival",
    });
  });
});
