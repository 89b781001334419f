import { describe, expect, it } from "vitest";
import { DEFAULT_STEPS } from "@/lib/steps/default-step-definitions";
import { createRuleSummaries } from "@/lib/steps/rule-summary";

const stepOf = (key: string) => DEFAULT_STEPS.find((step) => step.key === key)!;

describe("a step's rules and deadline in plain words", () => {
  it("says who gets the youth steps and the Jobcenter step, in each staff language", () => {
    const en = createRuleSummaries("en");
    expect(en.rule(stepOf("youth-danish").rules[0]!)).toBe(
      "Each child aged 15–17 at arrival, any residence basis but Nordic citizen, staying 4 months or more or for a time not known",
    );
    expect(en.rule(stepOf("jobcenter-newcomer").rules[1]!)).toMatch(
      /^The newcomer aged 18 or over at arrival, residence basis .+ or .+, staying 4 months or more or for a time not known, without an employer or place of study$/,
    );
    expect(createRuleSummaries("da").rule(stepOf("youth-danish").rules[0]!)).toMatch(
      /^Hvert barn på 15–17 år ved ankomsten, ethvert opholdsgrundlag undtagen /,
    );
    expect(createRuleSummaries("de").rule(stepOf("library").rules[0]!)).toBe("Die zugezogene Person, jede Aufenthaltsgrundlage");
  });

  it("says when a step is due", () => {
    const en = createRuleSummaries("en");
    expect(en.deadline(stepOf("cpr-registration").deadline)).toBe("5 days after arrival; if already past when registered, 5 days after registration");
    expect(en.deadline(stepOf("school-enrolment").deadline)).toBe(
      "1 August of the year the person turns 6; if already past when registered, 14 days after registration",
    );
    expect(en.deadline(stepOf("daycare").deadline)).toMatch(/^When the person is 26 weeks old/);
    expect(en.deadline(stepOf("library").deadline)).toBe("No deadline");
    expect(createRuleSummaries("da").deadline(stepOf("eu-residence-document").deadline)).toMatch(/^3 måneder efter ankomsten/);
  });
});
