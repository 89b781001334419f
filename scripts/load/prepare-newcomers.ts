/**
 * The newcomers of `npm run test:load`: arrivals with a generated packet and a personal link, made
 * with the app's own domain functions before the instances start (as caseworkers would have).
 * Households of two share a link, as couples do.
 */
import { randomUUID } from "node:crypto";
import { createArrival } from "@/lib/arrivals/create-arrival";
import { ZArrivalFormSchema } from "@/lib/arrivals/schemas";
import type { PrismaClient } from "@/lib/db-client";
import { getActivePersonalLink } from "@/lib/links/personal-links";
import { generateWelcomePacket } from "@/lib/packet/packet-service";

export type TNewcomerLink = { token: string; municipalitySlug: string };

export async function prepareNewcomerLinks(db: PrismaClient, options: { households: number }): Promise<TNewcomerLink[]> {
  const caseworkers = await db.user.findMany({
    where: { email: { in: ["caseworker@herning.demo", "caseworker@holbaek.demo"] } },
    select: { id: true, municipalityId: true, municipality: { select: { slug: true } } },
  });
  const links: TNewcomerLink[] = [];
  for (let index = 0; index < options.households; index++) {
    const user = caseworkers[index % caseworkers.length]!;
    const form = ZArrivalFormSchema.parse({
      givenName: "Nova",
      familyName: `Nyankommen-${index}`,
      dateOfBirth: "1991-02-03",
      nationality: "PT",
      packetLanguage: "en",
      email: "",
      phone: "",
      arrivalDate: new Date(Date.now() - 14 * 86_400_000).toISOString().slice(0, 10),
      addressLine: "Torvet 2",
      postalCode: "7400",
      city: "Herning",
      residenceBasis: "WORK_PERMIT",
      employerOrSchool: "",
      expectedStayMonths: "",
      cprRegistered: false,
      cprRegisteredOn: "",
      spouse: { givenName: "Leo", familyName: `Nyankommen-${index}`, dateOfBirth: "", seekingWork: true },
      children: [{ givenName: "Ida", familyName: `Nyankommen-${index}`, dateOfBirth: "2017-09-09" }],
    });
    const created = await createArrival(db, { user, form, creationKey: randomUUID(), isDuplicateConfirmed: true });
    if (created.status === "likely-duplicate") throw new Error("unreachable: duplicates were confirmed");
    await generateWelcomePacket(db, { user, arrivalId: created.arrivalId, language: "en" });
    const link = await getActivePersonalLink(db, { municipalityId: user.municipalityId, arrivalId: created.arrivalId });
    if (!link) throw new Error("The packet was generated without a personal link");
    links.push({ token: link.token, municipalitySlug: user.municipality.slug });
  }
  return links;
}
