import type { PrismaClient } from "@/lib/db-client";

export type TMunicipalityContact = {
  name: string;
  /** As it signs letters and e-mails ("Herning Kommune"). */
  letterName: string;
  addressLine: string;
  postalCode: string;
  city: string;
  phone: string | null;
  email: string | null;
  website: string | null;
};

export const MUNICIPALITY_CONTACT_SELECT = {
  name: true,
  letterName: true,
  addressLine: true,
  postalCode: true,
  city: true,
  phone: true,
  email: true,
  website: true,
} as const;

/** Every municipality's name and public page address, for the site's front page: never any person. */
export async function listPublicMunicipalities(db: PrismaClient): Promise<{ name: string; slug: string }[]> {
  return db.municipality.findMany({ select: { name: true, slug: true }, orderBy: { name: "asc" } });
}
