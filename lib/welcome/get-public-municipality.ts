import type { PrismaClient } from "@/lib/db-client";
import { MUNICIPALITY_CONTACT_SELECT } from "@/lib/municipalities/public-municipalities";

/** What the public welcome page may show: the municipality and its offices, never any person. */
export async function getPublicMunicipality(db: PrismaClient, slug: string) {
  return db.municipality.findUnique({
    where: { slug },
    select: {
      ...MUNICIPALITY_CONTACT_SELECT,
      slug: true,
      offices: {
        where: { kind: "LOCAL" },
        orderBy: { position: "asc" },
        select: { name: true, addressLine: true, postalCode: true, city: true, phone: true, email: true, openingHours: true, weeklyHours: true },
      },
    },
  });
}

export type TPublicMunicipality = NonNullable<Awaited<ReturnType<typeof getPublicMunicipality>>>;
