import type { PrismaClient } from "@/lib/db-client";

/** What the public welcome page may show: the municipality and its offices, never any person. */
export async function getPublicMunicipality(db: PrismaClient, slug: string) {
  return db.municipality.findUnique({
    where: { slug },
    select: {
      name: true,
      slug: true,
      addressLine: true,
      postalCode: true,
      city: true,
      phone: true,
      email: true,
      website: true,
      offices: {
        orderBy: { position: "asc" },
        select: { name: true, addressLine: true, postalCode: true, city: true, phone: true, email: true, openingHours: true },
      },
    },
  });
}
