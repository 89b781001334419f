import { expectNoAccessibilityViolations } from "./axe";
import { expect, test } from "./fixtures";
import { registerByPost } from "./register-by-post";

test("a caseworker registers a family, finds it without accents, and edits it", async ({ page, signInAs }) => {
  await signInAs("caseworker", "herning");
  await page.getByRole("link", { name: "Register an arrival" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Register an arrival");
  // Headings in order: the form's one heading under its h1 is an h2.
  expect(
    await page
      .locator("main")
      .getByRole("heading")
      .evaluateAll((headings) => headings.map((heading) => heading.tagName)),
  ).toEqual(["H1", "H2"]);

  await page.getByLabel("Given name(s)").fill("Søren");
  await page.getByLabel("Family name").first().fill("Ødegård");
  await page.getByLabel("Date of birth").first().fill("1984-06-10");
  await page.getByLabel("Find country").fill("germ");
  await expect(page.locator("#nationality")).toHaveValue("DE");
  await page.getByLabel("German").check();
  await page.getByLabel("Arrival date").fill("2026-09-14");
  await page.getByLabel("Address in the municipality").fill("Bredgade 1");
  await page.getByLabel("Residence basis").selectOption("EU_EEA_SWISS");

  await page.getByLabel("A spouse or partner moves with the newcomer").check();
  await page.locator("#spouse\\.givenName").fill("Aïsha");
  await page.locator("#spouse\\.familyName").fill("Ødegård");
  await page.getByLabel("The spouse or partner is seeking work").check();

  await page.getByRole("button", { name: "Add a child" }).click();
  await expect(page.locator("#children\\.0\\.givenName")).toBeFocused();
  await page.locator("#children\\.0\\.givenName").fill("Zoë");
  await page.locator("#children\\.0\\.familyName").fill("Müller");
  await page.locator("#children\\.0\\.dateOfBirth").fill("2016-04-01");
  await page.getByRole("button", { name: "Add a child" }).click();
  await page.locator("#children\\.1\\.givenName").fill("ليلى");
  await page.locator("#children\\.1\\.familyName").fill("Ødegård");
  await page.locator("#children\\.1\\.dateOfBirth").fill("2021-09-09");
  await expectNoAccessibilityViolations(page);

  await page.getByRole("button", { name: "Save arrival" }).dblclick();
  await expect(page.getByRole("status")).toHaveText("The arrival is saved.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Søren Ødegård");
  const household = page.locator(".household-list");
  await expect(household).toContainText("Zoë Müller");
  await expect(household).toContainText("ليلى Ødegård");
  await expect(household).toContainText("Aïsha Ødegård");
  await expectNoAccessibilityViolations(page);

  await page.getByRole("link", { name: "Back to arrivals" }).click();
  await page.getByLabel("Name").fill("soren odegard");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=soren\+odegard/);
  // A double-clicked save made one arrival, not two.
  await expect(page.getByRole("heading", { name: "1 arrival" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByRole("link", { name: "Søren Ødegård" }).click();

  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByLabel("Address in the municipality").fill("Bredgade 2");
  await page.getByRole("button", { name: "Remove child 1" }).click();
  await expect(page.locator("#children\\.0\\.givenName")).toHaveValue("ليلى");
  await page.getByRole("button", { name: "Save arrival" }).click();
  await expect(page.getByRole("status")).toHaveText("The arrival is saved.");
  await expect(page.getByText("Bredgade 2, 7400 Herning")).toBeVisible();
  await expect(page.locator(".household-list").getByText("Zoë Müller")).toHaveCount(0);
});

test("a wrong date shows a translated error next to the field and keeps what was typed", async ({ page, signInAs }) => {
  await signInAs("caseworker", "herning", "de");
  await page.goto("/de/arrivals/new");
  await page.getByLabel("Vorname(n)").fill("Jürgen");
  await page.getByLabel("Familienname").first().fill("Weiß");
  await page.getByLabel("Geburtsdatum").first().fill("2026-03-01");
  await page.getByLabel("Ankunftsdatum").fill("2026-02-01");
  await page.getByRole("button", { name: "Zuzug speichern" }).click();
  const birthDateGroup = page.locator(".form-group", { has: page.locator("#dateOfBirth") });
  await expect(birthDateGroup.locator(".form-error-message")).toHaveText("Das Geburtsdatum muss vor dem Ankunftsdatum liegen.");
  await expect(page.locator("#dateOfBirth")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("form").getByRole("alert")).toContainText("Der Zuzug wurde nicht gespeichert.");
  await expect(page.getByLabel("Vorname(n)")).toHaveValue("Jürgen");
  await expect(page.getByLabel("Familienname").first()).toHaveValue("Weiß");
  await expect(page.getByLabel("Geburtsdatum").first()).toHaveValue("2026-03-01");
  await expectNoAccessibilityViolations(page);
});

test("the error summary lists mistakes in the order of the form, and a too long text says its limit", async ({ page, signInAs }) => {
  await signInAs("caseworker", "herning");
  await page.goto("/en/arrivals/new");
  const givenName = page.getByLabel("Given name(s)");
  await expect(givenName).toHaveAttribute("maxlength", "200");
  await expect(page.getByLabel("Town")).toHaveAttribute("maxlength", "100");
  // The limit is said before typing (maxlength alone cuts a longer paste silently), and read out with the field.
  await expect(givenName).toHaveAccessibleDescription("At most 200 characters.");
  await expect(page.getByLabel("Town")).toHaveAccessibleDescription("At most 100 characters.");
  // Typing stops at the limit; a value longer than that can only come from elsewhere (a paste into an old browser, a script).
  await givenName.evaluate((input) => input.removeAttribute("maxlength"));
  await givenName.fill("A".repeat(201));
  await page.getByLabel("Date of birth").first().fill("2026-03-01");
  await page.getByLabel("Arrival date").fill("2026-02-01");
  await page.getByRole("button", { name: "Add a child" }).click();
  await page.getByRole("button", { name: "Add a child" }).click();
  await page.locator("#children\\.1\\.givenName").fill("Emile");
  await page.getByRole("button", { name: "Save arrival" }).click();

  const summary = page.locator("#form-error-summary li");
  const lines = await summary.allTextContents();
  expect(lines[0]).toBe("Given name(s): The text is too long: at most 200 characters.");
  expect(lines[1]).toBe("Family name: Fill in this field.");
  expect(lines[2]).toBe("Date of birth: The date of birth must be before the arrival date.");
  const firstChildLine = lines.findIndex((line) => line.startsWith("Child 1:"));
  const secondChildLine = lines.findIndex((line) => line.startsWith("Child 2:"));
  expect(lines.indexOf("Arrival date: Enter a valid date.")).toBe(-1);
  expect(firstChildLine).toBeGreaterThan(2);
  expect(secondChildLine).toBeGreaterThan(firstChildLine);
  expect(lines.slice(firstChildLine, secondChildLine)).toEqual([
    "Child 1: Given name(s): Fill in this field.",
    "Child 1: Family name: Fill in this field.",
    "Child 1: Date of birth: Fill in this field.",
  ]);
  expect(lines.slice(secondChildLine)).toEqual(["Child 2: Family name: Fill in this field.", "Child 2: Date of birth: Fill in this field."]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the server validates again and keeps what was typed", async ({ page, context }) => {
    // Sign in through the API, as the sign-in form itself needs JavaScript.
    const csrf = await (await context.request.get("/api/auth/csrf")).json();
    await context.request.post("/api/auth/callback/credentials", {
      form: { csrfToken: csrf.csrfToken, email: "caseworker@herning.demo", password: "ankomst-demo", json: "true" },
    });
    await page.goto("/en/arrivals/new");
    await page.getByLabel("Given name(s)").fill("Noscript");
    await page.getByLabel("Postcode").fill("74");
    await page.getByRole("button", { name: "Save arrival" }).click();
    await expect(page.locator(".form-group", { has: page.locator("#postalCode") }).locator(".form-error-message")).toHaveText(
      "Enter a Danish postcode of four digits.",
    );
    await expect(page.getByLabel("Given name(s)")).toHaveValue("Noscript");
    await expect(page.getByLabel("Postcode")).toHaveValue("74");
  });
});

test("another municipality's arrival cannot be opened by guessing its address", async ({ page, signInAs }) => {
  await signInAs("caseworker", "holbaek");
  await page.goto("/en/arrivals?q=jonas");
  await expect(page.getByRole("heading", { name: "No arrivals" })).toBeVisible();
  await signInAs("caseworker", "herning");
  await page.goto("/en/arrivals?q=jonas+muller");
  const href = await page.getByRole("link", { name: "Jonas Müller" }).getAttribute("href");
  await signInAs("caseworker", "holbaek");
  const response = await page.goto(href!);
  expect(response?.status()).toBe(404);
  await expect(page.getByText("Jonas")).toHaveCount(0);
});

test("of two caseworkers editing the same arrival, the second save is refused and keeps what they typed", async ({
  page,
  signInAs,
  browser,
  municipality,
  household,
}) => {
  const priya = await household("Priya");
  await signInAs("caseworker", municipality.slug);
  const editUrl = `${priya.path}/edit`;

  const other = await browser.newContext({ storageState: await page.context().storageState() });
  const colleague = await other.newPage();
  await colleague.goto(editUrl);
  await page.goto(editUrl);

  await colleague.getByLabel("Address in the municipality").fill("Østergade 6");
  await colleague.getByRole("button", { name: "Save arrival" }).click();
  await expect(colleague.getByRole("status")).toHaveText("The arrival is saved.");

  await page.getByLabel("Address in the municipality").fill("Vestergade 9");
  await page.getByRole("button", { name: "Save arrival" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("Someone else saved this arrival while you were editing it.");
  await expect(page.getByLabel("Address in the municipality")).toHaveValue("Vestergade 9");

  await colleague.reload();
  await expect(colleague.getByText("Østergade 6, 4300 Holbæk")).toBeVisible();
  // Saving again, knowingly, replaces the colleague's version.
  await page.getByRole("button", { name: "Save arrival" }).click();
  await expect(page.getByText("Vestergade 9, 4300 Holbæk")).toBeVisible();
  await other.close();
});

test("a likely duplicate is pointed out before saving, and saved only when the caseworker says it is another person", async ({ page, signInAs }) => {
  await signInAs("caseworker", "holbaek");
  await page.goto("/en/arrivals/new");
  await page.getByLabel("Given name(s)").fill("AHMAD");
  await page.getByLabel("Family name").first().fill("haddad");
  await page.getByLabel("Date of birth").first().fill("1982-06-30");
  await page.getByLabel("Find country").fill("syria");
  await expect(page.locator("#nationality")).toHaveValue("SY");
  await page.getByLabel("Address in the municipality").fill("Ahlgade 1");
  await page.getByLabel("Residence basis").selectOption("REFUGEE");
  await page.getByRole("button", { name: "Save arrival" }).click();

  const summary = page.locator("form").getByRole("alert");
  await expect(summary).toContainText("This looks like an arrival that is already registered");
  await expect(summary.getByRole("link", { name: "Ahmad Haddad, arrived 12 Jun 2026" })).toBeVisible();
  // Everything typed and chosen is still there, also in the selects.
  await expect(page.getByLabel("Address in the municipality")).toHaveValue("Ahlgade 1");
  await expect(page.locator("#nationality")).toHaveValue("SY");
  await expect(page.getByLabel("Residence basis")).toHaveValue("REFUGEE");
  await expect(page.getByLabel("Date of birth").first()).toHaveValue("1982-06-30");
  await expect(summary).toBeFocused();
  await page.getByLabel("It is a different person: save anyway").check();
  await page.getByRole("button", { name: "Save arrival" }).click();
  await expect(page.getByRole("status")).toHaveText("The arrival is saved.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("AHMAD haddad");
});

test("a forged save naming another municipality's arrival is refused and changes nothing", async ({ page, signInAs }) => {
  await signInAs("caseworker", "herning");
  await page.goto("/en/arrivals?q=jonas+muller");
  const jonasHref = (await page.getByRole("link", { name: "Jonas Müller" }).getAttribute("href"))!;
  const jonasId = jonasHref.split("/").at(-1)!;

  await signInAs("caseworker", "holbaek");
  await page.goto("/en/arrivals?q=agnieszka");
  await page.getByRole("link", { name: "Agnieszka Wiśniewska" }).click();
  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit arrival: Agnieszka Wiśniewska");
  // What a caseworker could send by hand: their own form, with a guessed id from Herning.
  await page.locator('form.arrival-form input[type="hidden"][name="arrivalId"]').evaluate((input: HTMLInputElement, id) => (input.value = id), jonasId);
  await page.getByRole("button", { name: "Save arrival" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("This arrival does not exist in your municipality.");

  await signInAs("caseworker", "herning");
  await page.goto(jonasHref);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jonas Müller");
  await expect(page.getByText("Bredgade 12, 7400 Herning")).toBeVisible();
});

test("managers and administrators are shown no arrival page at all", async ({ page, signInAs }) => {
  await signInAs("caseworker", "herning");
  await page.goto("/en/arrivals?q=jonas+muller");
  const jonasHref = (await page.getByRole("link", { name: "Jonas Müller" }).getAttribute("href"))!;
  for (const role of ["manager", "admin"] as const) {
    await signInAs(role, "herning");
    for (const path of ["/en/arrivals", "/en/arrivals/new", jonasHref, `${jonasHref}/edit`]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/en\/access-denied$/);
      await expect(page.getByText("Müller")).toHaveCount(0);
    }
  }
});

test("the list's nationality filter offers the nationalities registered, one just registered at once", async ({ page, signInAs, municipality }) => {
  await signInAs("caseworker", municipality.slug);
  await page.goto("/en/arrivals");
  const offered = page.locator("select#nationality option");
  // Nobody registered yet: only "any".
  await expect(offered).toHaveCount(1);
  await page.goto(await registerByPost(page, { familyName: `Islandsk-${Date.now().toString(36)}`, nationality: "IS", postalCode: "4300", city: "Holbæk" }));
  await page.goto("/en/arrivals");
  await expect(offered).toHaveText(["Any", "Iceland"]);
  await page.locator("select#nationality").selectOption("IS");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.locator("main").getByRole("heading", { level: 2 })).toHaveText("1 arrival");
});

test("a name in Cyrillic gets its Latin spelling filled in, kept as the caseworker corrects it, and either spelling finds the household", async ({
  page,
  signInAs,
  municipality,
}) => {
  await signInAs("caseworker", municipality.slug);
  await page.goto("/en/arrivals/new");
  await page.getByLabel("Given name(s)").fill("Тарас");
  await page.getByLabel("Family name").first().fill("Шевченко");
  const latin = page.getByLabel("Name in Latin letters");
  await expect(latin).toHaveValue("Taras Shevchenko");
  // Corrected as the passport has it: changing the name no longer overwrites it.
  await latin.fill("Taras Shevtchenko");
  await page.getByLabel("Given name(s)").fill("Тарас Григорович");
  await expect(latin).toHaveValue("Taras Shevtchenko");

  await page.getByLabel("Date of birth").first().fill("1984-03-09");
  await page.getByLabel("Find country").fill("ukr");
  await page.getByLabel("Arrival date").fill("2026-09-14");
  await page.getByLabel("Address in the municipality").fill("Ahlgade 3");
  await page.getByLabel("Residence basis").selectOption("REFUGEE");
  await expectNoAccessibilityViolations(page);
  await page.getByRole("button", { name: "Save arrival" }).click();
  await expect(page.getByRole("status")).toHaveText("The arrival is saved.");
  await expect(page.locator(".arrival-facts")).toContainText("Name in Latin letters");
  await expect(page.locator(".arrival-facts")).toContainText("Taras Shevtchenko");

  for (const query of ["taras shevtchenko", "шевченко"]) {
    await page.goto(`/en/arrivals?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole("link", { name: "Тарас Григорович Шевченко" })).toBeVisible();
  }
});
