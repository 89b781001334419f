import "server-only";
import type { TActingUser } from "@/lib/auth/acting-user";
import { fromIsoDate, toIsoDate } from "@/lib/dates/iso-date";
import type { PrismaClient } from "@/lib/db-client";
import { perLanguageJson, perLanguageValues } from "@/lib/i18n/per-language-fields";
import { recordMunicipalityChange } from "@/lib/municipalities/record-municipality-change";
import { LEGAL_SETTINGS_SELECT } from "./legal-pages";
import type { TLegalSettings, TLegalSettingsInput } from "./legal-settings-schema";

/** The settings as the form shows them (every field a string). */
export async function getLegalSettings(db: PrismaClient, municipalityId: string): Promise<TLegalSettingsInput | null> {
  const row = await db.municipality.findUnique({ where: { id: municipalityId }, select: LEGAL_SETTINGS_SELECT });
  if (!row) return null;
  return {
    accessibilityCompliance: row.accessibilityCompliance,
    accessibilityReviewedOn: row.accessibilityReviewedOn ? toIsoDate(row.accessibilityReviewedOn) : "",
    accessibilityContactEmail: row.accessibilityContactEmail ?? "",
    ...perLanguageValues("accessibilityIssues", row.accessibilityIssues),
    dpoName: row.dpoName ?? "",
    dpoEmail: row.dpoEmail ?? "",
    dpoPhone: row.dpoPhone ?? "",
  };
}

/** Saves the administrator's own municipality's parts of the two pages; audited, never shown in a packet. */
export async function updateLegalSettings(db: PrismaClient, options: { admin: TActingUser; settings: TLegalSettings }): Promise<void> {
  const { admin, settings } = options;
  await db.$transaction(async (tx) => {
    await tx.municipality.update({
      where: { id: admin.municipalityId },
      data: {
        accessibilityCompliance: settings.accessibilityCompliance,
        accessibilityReviewedOn: settings.accessibilityReviewedOn ? fromIsoDate(settings.accessibilityReviewedOn) : null,
        accessibilityContactEmail: settings.accessibilityContactEmail,
        accessibilityIssues: perLanguageJson("accessibilityIssues", settings),
        dpoName: settings.dpoName,
        dpoEmail: settings.dpoEmail,
        dpoPhone: settings.dpoPhone,
      },
    });
    await recordMunicipalityChange(tx, { admin, isShownInPackets: false, metadata: { part: "legal-pages" } });
  });
}
