import type { TActingUser } from "@/lib/auth/acting-user";
import type { PrismaClient } from "@/lib/db-client";
import type { TRenderedLogo } from "./logo-image";
import { recordMunicipalityChange } from "./record-municipality-change";

/** What a page needs to show the logo: its address (which changes with the image) and its size. */
export type TLogoReference = { path: string; digest: string; width: number; height: number };

export function logoPath(municipalityId: string, digest: string): string {
  return `/api/logos/${municipalityId}/${digest}`;
}

export async function getLogoReference(db: PrismaClient, municipalityId: string): Promise<TLogoReference | null> {
  const logo = await db.municipalityLogo.findUnique({ where: { municipalityId }, select: { digest: true, width: true, height: true } });
  return logo ? toLogoReference(municipalityId, logo) : null;
}

export function toLogoReference(municipalityId: string, logo: { digest: string; width: number; height: number }): TLogoReference {
  return { path: logoPath(municipalityId, logo.digest), digest: logo.digest, width: logo.width, height: logo.height };
}

/** The PNG itself, only under the address of its current version. */
export async function getLogoPng(db: PrismaClient, options: { municipalityId: string; digest: string }): Promise<Buffer | null> {
  const logo = await db.municipalityLogo.findUnique({ where: { municipalityId: options.municipalityId }, select: { png: true, digest: true } });
  return logo && logo.digest === options.digest ? Buffer.from(logo.png) : null;
}

/** Puts the rendered logo on the letterhead of the administrator's municipality: the next packet shows it, stored packets keep theirs. */
export async function saveMunicipalityLogo(db: PrismaClient, options: { admin: TActingUser; logo: TRenderedLogo }): Promise<void> {
  const { admin, logo } = options;
  const data = { png: new Uint8Array(logo.png), width: logo.width, height: logo.height, digest: logo.digest };
  await db.$transaction(async (tx) => {
    await tx.municipalityLogo.upsert({
      where: { municipalityId: admin.municipalityId },
      create: { municipalityId: admin.municipalityId, ...data },
      update: data,
    });
    await recordMunicipalityChange(tx, {
      admin,
      isShownInPackets: true,
      metadata: { part: "logo", change: "replace", digest: logo.digest, width: logo.width, height: logo.height },
    });
  });
}

export async function removeMunicipalityLogo(db: PrismaClient, options: { admin: TActingUser }): Promise<{ wasRemoved: boolean }> {
  const { admin } = options;
  return db.$transaction(async (tx) => {
    const { count } = await tx.municipalityLogo.deleteMany({ where: { municipalityId: admin.municipalityId } });
    if (count > 0) await recordMunicipalityChange(tx, { admin, isShownInPackets: true, metadata: { part: "logo", change: "remove" } });
    return { wasRemoved: count > 0 };
  });
}
