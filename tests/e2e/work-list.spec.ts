import { readFileSync } from "node:fs";
import { isDanishWorkingDay } from "@/lib/dates/danish-calendar";
import { addDays, danishDayOf } from "@/lib/dates/iso-date";
import { expectNoAccessibilityViolations } from "./axe";
import { expect, test } from "./fixtures";

// The households' dates are counted from the day the test runs, so the same lists come out any day.
const fromToday = (days: number) => addDays(danishDayOf(new Date()), days);
/**
 * A working day two or more days ago: a deadline on its arrival date is past today (a deadline on a
 * weekend or holiday would move to the next working day, which may be today).
 */
function workingDayAgo(): string {
  let day = fromToday(-2);
  while (!isDanishWorkingDay(day)) day = addDays(day, -1);
  return day;
}

test("a caseworker starts the day on the work list: what is due, what is overdue, who is not reached, filtered and as CSV", async ({
  page,
  signInAs,
  municipality,
  household,
}) => {
  // Олена arrived on a working day two or more days ago: CPR registration is due within the week,
  // Марія's school enrolment was due on arrival.
  await household("Олена", { arrivalDate: workingDayAgo() });
  // Agnieszka arrives today: Łucja's school enrolment is due today, CPR registration in five days.
  await household("Agnieszka", { arrivalDate: fromToday(0) });
  await signInAs("caseworker", municipality.slug);
  await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Work list" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Work list");

  const due = page.getByRole("region", { name: /^Due in the next 7 days/ });
  await expect(due.getByRole("heading")).toHaveText("Due in the next 7 days (1)");
  await expect(due.getByRole("link", { name: "Agnieszka Wiśniewska" })).toBeVisible();
  await expect(due).toContainText("Łucja");
  const overdue = page.getByRole("region", { name: /^Overdue/ });
  await expect(overdue.getByRole("heading")).toHaveText("Overdue (1)");
  await expect(overdue.getByRole("row", { name: /Олена Коваленко/ })).toContainText("(overdue)");
  await expect(overdue).toContainText("Never opened");
  // Neither gave an e-mail address, and both have deadlines ahead.
  await expect(page.getByRole("region", { name: /no e-mail address/ }).getByRole("heading")).toHaveText("Not reached: no e-mail address for reminders (2)");
  await expect(page.getByRole("region", { name: /^Arriving this week/ })).toContainText("Today");
  await expectNoAccessibilityViolations(page);

  // Filtered by a step: CPR registration is due for both this week, overdue for nobody.
  await page.getByLabel("Step").selectOption({ label: "Register for a CPR number" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/step=cpr-registration/);
  await expect(due.getByRole("heading")).toHaveText("Due in the next 7 days (2)");
  await expect(overdue.getByRole("heading")).toHaveText("Overdue (0)");
  await expect(overdue).toContainText("No step is overdue.");

  // The same lists as a spreadsheet for the team meeting.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /Download as CSV/ }).click();
  const csv = readFileSync((await (await download).path())!, "utf8");
  expect(csv.split("\r\n")[0]).toContain("List,Name,Name in Latin letters,Arrival date");
  expect(csv).toContain("Олена Коваленко,Olena Kovalenko");
  expect(csv).toContain("Agnieszka Wiśniewska");
});

test("an out-of-date letter is shown with what changed, and generated again from the work list", async ({ page, signInAs, municipality, household }) => {
  const olena = await household("Олена", { arrivalDate: workingDayAgo() });
  await signInAs("caseworker", municipality.slug);
  await page.goto(olena.path);
  await page.getByRole("button", { name: "Generate welcome packet" }).click();
  await expect(page.getByRole("status").first()).toHaveText("The welcome packet is generated.");
  await page.goto(`${olena.path}/edit`);
  await page.getByLabel("Phone").fill("+45 20 30 40 50");
  await page.getByRole("button", { name: "Save arrival" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Олена Коваленко");

  await page.goto("/en/worklist");
  const outdated = page.getByRole("region", { name: /^Letters out of date/ });
  await expect(outdated.getByRole("heading")).toHaveText("Letters out of date (1)");
  await expect(outdated).toContainText("The record was edited");
  await expect(outdated).toContainText("A new letter must be printed or sent.");
  await outdated.getByRole("button", { name: "Generate the packet again for Олена Коваленко" }).click();
  await expect(page).toHaveURL(new RegExp(`${olena.path}\\?notice=packet-generated$`));
  await page.goto("/en/worklist");
  await expect(outdated.getByRole("heading")).toHaveText("Letters out of date (0)");
});

for (const locale of ["da", "en", "de"] as const) {
  for (const width of [1280, 360]) {
    test(`the work list reads well in ${locale} at ${width} px`, async ({ page, signInAs, municipality, household }) => {
      await household("Agnieszka", { arrivalDate: fromToday(0) });
      await page.setViewportSize({ width, height: 900 });
      await signInAs("caseworker", municipality.slug, locale);
      await page.goto(`/${locale}/worklist`);
      await expect(page.getByRole("link", { name: "Agnieszka Wiśniewska" }).first()).toBeVisible();
      await expectNoAccessibilityViolations(page);
      // Nothing scrolls sideways on a phone: the tables stack.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    });
  }
}
