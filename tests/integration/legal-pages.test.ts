import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getLegalPageData } from "@/lib/legal/legal-pages";
import { getLegalSettings, updateLegalSettings } from "@/lib/legal/legal-settings";
import { type TLegalSettingsInput, ZLegalSettings } from "@/lib/legal/legal-settings-schema";
import { seedDemoData } from "../../scripts/seeds/seed-demo-data";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
type TAdmin = { id: string; municipalityId: string };
let herning: TAdmin;

beforeAll(async () => {
  await seedDemoData(db);
  const select = { id: true, municipalityId: true } as const;
  herning = await db.user.findUniqueOrThrow({ where: { email: "admin@herning.demo" }, select });
});
afterAll(() => db.$disconnect());

const form = (change: Partial<TLegalSettingsInput>): TLegalSettingsInput => ({
  accessibilityCompliance: "PARTIAL",
  accessibilityReviewedOn: "",
  accessibilityContactEmail: "",
  dpoName: "",
  dpoEmail: "",
  dpoPhone: "",
  ...change,
});

describe("the municipality's parts of its accessibility statement and privacy notice", () => {
  it("start as 'partially compliant', with no officer and no known issues, and the municipality's retention periods", async () => {
    const page = await getLegalPageData(db, "holbaek", "en");
    expect(page).toMatchObject({ accessibilityCompliance: "PARTIAL", dpoEmail: null, knownIssues: null, retentionMonths: 24, auditRetentionMonths: 60 });
  });

  it("are saved for the administrator's own municipality only, audited, and read back as the form shows them", async () => {
    const settings = ZLegalSettings.parse(
      form({
        accessibilityCompliance: "FULL",
        accessibilityReviewedOn: "2026-11-30",
        dpoName: "Dorte Databeskytter",
        dpoEmail: "dpo@herning.dk",
        accessibilityIssues_en: "The office map has no text alternative.\r\n\r\nOld PDFs are not tagged.",
        accessibilityIssues_de: "Die Karte der Büros hat keinen Alternativtext.",
      }),
    );
    await updateLegalSettings(db, { admin: herning, settings });
    expect(await getLegalSettings(db, herning.municipalityId)).toMatchObject({
      accessibilityCompliance: "FULL",
      accessibilityReviewedOn: "2026-11-30",
      dpoName: "Dorte Databeskytter",
      accessibilityIssues_en: "The office map has no text alternative.\n\nOld PDFs are not tagged.",
      accessibilityIssues_da: "",
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { actorUserId: herning.id, action: "municipality.update" }, orderBy: { id: "desc" } });
    expect(event.metadata).toEqual({ part: "legal-pages" });
    expect(await getLegalPageData(db, "holbaek", "en")).toMatchObject({ accessibilityCompliance: "PARTIAL", dpoName: null });
  });

  it("show what is not accessible in the page's language, else English, else Danish, saying which language it is in", async () => {
    expect((await getLegalPageData(db, "herning", "de"))!.knownIssues).toEqual({ text: "Die Karte der Büros hat keinen Alternativtext.", language: "de" });
    expect((await getLegalPageData(db, "herning", "zh"))!.knownIssues).toEqual({
      text: "The office map has no text alternative.\n\nOld PDFs are not tagged.",
      language: "en",
    });
    expect((await getLegalPageData(db, "herning", "uk"))!.knownIssues?.language).toBe("en");
  });

  it("refuse what cannot be published, each field with its reason", () => {
    const result = ZLegalSettings.safeParse(
      form({
        accessibilityCompliance: "MOSTLY" as "FULL",
        accessibilityReviewedOn: "2026-02-30",
        dpoEmail: "not an address",
        dpoPhone: "call me",
        accessibilityIssues_en: "x".repeat(4001),
        accessibilityIssues_da: "skjult\u202Etekst",
      }),
    );
    expect(result.success).toBe(false);
    const reasons = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(reasons).toEqual({
      accessibilityCompliance: "required",
      accessibilityReviewedOn: "dateInvalid",
      dpoEmail: "emailInvalid",
      dpoPhone: "phoneInvalid",
      accessibilityIssues_en: "tooLong",
      accessibilityIssues_da: "invalidCharacters",
    });
  });
});
