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

/** Opening hours are stored per language; fall back to Danish, then to any text there is. */
export function openingHoursIn(openingHours: unknown, language: string): string | null {
  if (!openingHours || typeof openingHours !== "object") return null;
  const byLanguage = openingHours as Record<string, unknown>;
  const text = byLanguage[language] ?? byLanguage.da ?? Object.values(byLanguage)[0];
  return typeof text === "string" ? text : null;
}
