import { arrivalFormSchema } from "@/lib/arrivals/schemas";

/**
 * The day the tests' arrival data is written for. The registration form checks dates against
 * "today" (an arrival at most ten years back); tests check them against this day, so they pass in
 * 2036 as they do now.
 */
export const TEST_TODAY = "2026-11-30";

/** The registration form's schema as it parses on TEST_TODAY. */
export const ZArrivalFormOnTestDay = arrivalFormSchema({ today: TEST_TODAY });
