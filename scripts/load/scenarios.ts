/**
 * What the people in `npm run test:load` do, in a loop until the run ends, with pauses as people
 * make them (the load is bounded by those pauses, not by how fast the app answers):
 * - a caseworker searches the list, looks at it (2–6 s), opens the registration form, types
 *   (10–20 s), saves an arrival with 0–3 household members, looks at it (2–6 s), generates its
 *   welcome packet, and starts again after 4–10 s: a registration every ~30 s, far faster than a
 *   person at a counter, so 50 of them are the busiest hour of a large municipality many times over;
 * - a newcomer opens their personal page, reads (5–15 s), ticks or unticks a step, reads again, and
 *   now and then downloads the packet PDF or opens the municipality's public page.
 * With the default pauses, 50 caseworkers and 200 newcomers offer ~40 requests/s; --pause-scale 0.5
 * doubles that.
 */

import { publicWelcomePath } from "@/lib/welcome/public-welcome-path";
import { attributeValues, hiddenFieldsOf } from "./html-forms";
import type { TAnswer, TExpectations, Visitor } from "./visitor";

export type TPauses = { scale: number; isOver: () => boolean };

/** The English "save did not go through" notice (messages/en.json common.saveFailed): a clean refusal, the form kept. */
const SAVE_FAILED = "The save did not go through";
const ARRIVAL_PATH = /^\/en\/arrivals\/[0-9a-f-]{36}(\?|$)/;

const pathOf = (location: string) => {
  const url = new URL(location, "http://load.test");
  return `${url.pathname}${url.search}`;
};
const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)]!;

async function pause(pauses: TPauses, minMs: number, maxMs: number) {
  const ms = (minMs + Math.random() * (maxMs - minMs)) * pauses.scale;
  const end = Date.now() + ms;
  while (Date.now() < end && !pauses.isOver()) await new Promise((resolve) => setTimeout(resolve, Math.max(1, Math.min(250, end - Date.now()))));
}

/** Family names carry the household size the form was sent with, so the database can be checked against it at the end. */
export const LOAD_FAMILY_PREFIX = "Lasttest";
export const householdSizeInName = (familyName: string) => Number(/-m(\d)$/.exec(familyName)?.[1] ?? Number.NaN);

/** Registrations made by this load test so far, in this process: each is numbered. */
let registrationsMade = 0;

function registrationFields(caseworker: number, iteration: number, members: number): Record<string, string> {
  const familyName = `${LOAD_FAMILY_PREFIX}-${caseworker}-${iteration}-m${members}`;
  const arrival = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
  // Each registration is another household: another birth date and address, or the duplicate check
  // (a similar name with the same birth date, or at the same address) would rightly ask first.
  const household = ++registrationsMade;
  const bornOn = new Date(Date.UTC(1950, 0, 1) + household * 86_400_000).toISOString().slice(0, 10);
  const fields: Record<string, string> = {
    givenName: pick(["Ana", "Jonas", "Priya", "Mateusz", "Lucía", "Ahmed"]),
    familyName,
    dateOfBirth: bornOn,
    nationality: pick(["RO", "DE", "IN", "PL", "ES", "UA"]),
    packetLanguage: "en",
    arrivalDate: arrival,
    addressLine: `Torvet ${household}`,
    postalCode: "7400",
    city: "Herning",
    residenceBasis: pick(["EU_EEA_SWISS", "WORK_PERMIT", "STUDENT"]),
    email: "",
    phone: "",
    employerOrSchool: "",
    expectedStayMonths: "24",
    cprRegistered: "no",
  };
  if (members >= 1) Object.assign(fields, { hasSpouse: "yes", "spouse.givenName": "Maria", "spouse.familyName": familyName, "spouse.seekingWork": "yes" });
  for (let child = 0; child < members - 1; child++) {
    Object.assign(fields, {
      [`children.${child}.givenName`]: pick(["Emil", "Sofia", "Noah"]),
      [`children.${child}.familyName`]: familyName,
      [`children.${child}.dateOfBirth`]: `201${child + 5}-06-01`,
    });
  }
  return fields;
}

const SAVED: TExpectations = {
  isExpected: (answer) => answer.status === 303 && ARRIVAL_PATH.test(pathOf(answer.location ?? "")),
  isCleanRefusal: (answer) => answer.status === 200 && answer.body.includes(SAVE_FAILED),
};
const GENERATED: TExpectations = { isExpected: (answer) => answer.status === 303 && /notice=packet-(generated|unchanged)/.test(answer.location ?? "") };
const TICKED: TExpectations = { isExpected: (answer) => answer.status === 303 };
const PDF: TExpectations = { isExpected: (answer) => answer.status === 200 && answer.body.startsWith("(PDF") };

const followed = (visitor: Visitor, kind: string, answer: TAnswer | null) =>
  answer?.location && answer.status === 303 ? visitor.get(kind, pathOf(answer.location)) : Promise.resolve(null);

export async function runCaseworker(visitor: Visitor, options: { index: number; pauses: TPauses; searchTerms: string[] }) {
  const { pauses } = options;
  await pause(pauses, 0, 10_000);
  for (let iteration = 1; !pauses.isOver(); iteration++) {
    await visitor.get("search", `/en/arrivals?q=${encodeURIComponent(pick(options.searchTerms))}`);
    await pause(pauses, 2_000, 6_000);
    const form = await visitor.get("arrival-form", "/en/arrivals/new");
    const hidden = form?.status === 200 ? hiddenFieldsOf(form.body, "form.arrival-form") : null;
    if (!hidden || pauses.isOver()) continue;
    await pause(pauses, 10_000, 20_000);
    const saved = await visitor.post("register", "/en/arrivals/new", { ...hidden, ...registrationFields(options.index, iteration, iteration % 4) }, SAVED);
    const arrivalPage = await followed(visitor, "arrival", saved);
    const generateForm = arrivalPage?.status === 200 ? hiddenFieldsOf(arrivalPage.body, "form.packet-generate") : null;
    if (!saved?.location || !generateForm || pauses.isOver()) continue;
    await pause(pauses, 2_000, 6_000);
    const generated = await visitor.post("generate", pathOf(saved.location), { ...generateForm, language: "en" }, GENERATED);
    await followed(visitor, "arrival", generated);
    await pause(pauses, 4_000, 10_000);
  }
}

export async function runNewcomer(visitor: Visitor, options: { token: string; municipalitySlug: string; pauses: TPauses }) {
  const { pauses } = options;
  const pagePath = `/en/welcome/${options.token}`;
  await pause(pauses, 0, 10_000);
  for (let iteration = 1; !pauses.isOver(); iteration++) {
    const page = await visitor.get("newcomer-page", pagePath);
    await pause(pauses, 5_000, 15_000);
    const checklist = page?.status === 200 ? hiddenFieldsOf(page.body, "form.checklist-form") : null;
    const toggles = page?.status === 200 ? attributeValues(page.body, 'button[name="toggle"]', "value") : [];
    if (checklist && toggles.length > 0 && !pauses.isOver()) {
      await followed(visitor, "newcomer-page", await visitor.post("tick", pagePath, { ...checklist, toggle: pick(toggles) }, TICKED));
      await pause(pauses, 5_000, 15_000);
    }
    if (iteration % 2 === 0 && !pauses.isOver()) {
      await visitor.get("newcomer-pdf", `/api/welcome/${options.token}/packet?language=en`, PDF);
      await pause(pauses, 5_000, 15_000);
    }
    if (iteration % 3 === 0 && !pauses.isOver()) {
      await visitor.get("public", publicWelcomePath("en", options.municipalitySlug));
      await pause(pauses, 5_000, 15_000);
    }
  }
}
