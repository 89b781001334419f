import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createArrival } from "@/lib/arrivals/create-arrival";
import type { TArrivalForm } from "@/lib/arrivals/schemas";
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { DEMO_MUNICIPALITIES, DEMO_PASSWORD } from "../../scripts/seeds/demo-data";
import { demoArrivalForm, demoRegistrationTime, seedMunicipality } from "../../scripts/seeds/seed-demo-data";
import { E2E_DATABASE_URL_FILE } from "./e2e-database-url";

export function connectToE2eDatabase(): PrismaClient {
  return createPrismaClient(readFileSync(E2E_DATABASE_URL_FILE, "utf8").trim(), { max: 2 });
}

export type TTestMunicipality = {
  slug: string;
  /** As the app names it: "Testby 3f9k2a" (its letters: "Testby 3f9k2a Kommune"). */
  name: string;
  letterName: string;
};

let passwordHash: Promise<string> | undefined;

/**
 * A municipality of the test's own, shaped as Holbæk's demo (postcode 4300 Holbæk, its offices, the
 * seeded catalogue, a user of each role, `<role>@<slug>.demo` with the demo password) but without
 * households: a test that changes its settings changes them for nobody else.
 */
export async function createTestMunicipality(db: PrismaClient): Promise<TTestMunicipality> {
  const suffix = randomBytes(4).toString("hex");
  const name = `Testby ${suffix}`;
  const municipality = { ...holbaekDemo(), slug: `testby-${suffix}`, name, letterName: `${name} Kommune`, arrivals: [] };
  passwordHash ??= hashPassword(DEMO_PASSWORD);
  await seedMunicipality(db, municipality, await passwordHash);
  return { slug: municipality.slug, name, letterName: municipality.letterName };
}

export type TTestHousehold = { id: string /** The arrival's page for its caseworker. */; path: string };

/**
 * One of the demo's households (by the main newcomer's given name: "Mateo", "Олена"…) registered
 * again in the test's own municipality by its caseworker, as the seed registers them: nobody
 * else's test generates its packets, issues its links or ticks its steps.
 */
export async function createTestHousehold(
  db: PrismaClient,
  municipality: TTestMunicipality,
  givenName: string,
  /** What the test changes of the demo household (an arrival date counted from today, say). */
  change: Partial<TArrivalForm> = {},
): Promise<TTestHousehold> {
  const demo = DEMO_MUNICIPALITIES.flatMap((each) => each.arrivals).find((arrival) => arrival.givenName === givenName);
  if (!demo) throw new Error(`No demo household's newcomer is called ${givenName}`);
  const caseworker = await db.user.findUniqueOrThrow({ where: { email: `caseworker@${municipality.slug}.demo` }, select: { id: true, municipalityId: true } });
  const form = { ...demoArrivalForm(demo, holbaekDemo()), ...change };
  const result = await createArrival(db, {
    user: caseworker,
    form,
    creationKey: randomUUID(),
    isDuplicateConfirmed: true,
    now: demoRegistrationTime(form),
  });
  if (result.status !== "created") throw new Error(`The household of ${givenName} was not registered: ${result.status}`);
  return { id: result.arrivalId, path: `/en/arrivals/${result.arrivalId}` };
}

const holbaekDemo = () => DEMO_MUNICIPALITIES.find((demo) => demo.slug === "holbaek")!;
