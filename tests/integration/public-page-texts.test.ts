import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLIC_PAGE_LANGUAGES } from "@/lib/i18n/languages";
import { getPublicMunicipality } from "@/lib/welcome/get-public-municipality";
import { DEFAULT_PUBLIC_PAGE_TEXTS, PUBLIC_PAGE_BLOCKS } from "@/lib/welcome/public-page-blocks";
import { getPublicPageTextForEditing, listPublicPageTextsForAdmin, seedPublicPageTexts } from "@/lib/welcome/public-page-texts";
import { markPublicPageTextsReviewed, updatePublicPageText } from "@/lib/welcome/update-public-page-text";
import { seedDemoData } from "../../scripts/seeds/seed-demo-data";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
type TAdmin = { id: string; municipalityId: string };
let herning: TAdmin;
let holbaek: TAdmin;
const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  await seedDemoData(db);
  const select = { id: true, municipalityId: true } as const;
  herning = await db.user.findUniqueOrThrow({ where: { email: "admin@herning.demo" }, select });
  holbaek = await db.user.findUniqueOrThrow({ where: { email: "admin@holbaek.demo" }, select });
});
afterAll(() => db.$disconnect());

const statusOf = async (admin: TAdmin, block: string, language: string) =>
  (await listPublicPageTextsForAdmin(db, admin.municipalityId)).find((row) => row.block === block)!.texts.find((text) => text.language === language)!.status;

describe("the public page's texts", () => {
  it("are seeded in every page language, Danish, English and German reviewed, the others not yet; seeding again adds nothing", async () => {
    const overview = await listPublicPageTextsForAdmin(db, herning.municipalityId);
    expect(overview.map((row) => row.block)).toEqual([...PUBLIC_PAGE_BLOCKS]);
    for (const row of overview) {
      expect(row.texts.map((text) => text.language)).toEqual([...PUBLIC_PAGE_LANGUAGES]);
      for (const text of row.texts)
        expect(text.status, `${row.block} ${text.language}`).toBe(["da", "en", "de"].includes(text.language) ? "current" : "unreviewed");
    }
    expect(await seedPublicPageTexts(db, herning.municipalityId)).toEqual({ texts: 0 });
  });

  it("show the page in its own language, every block, with the municipality's name put in", async () => {
    const page = await getPublicMunicipality(db, "herning", "zh");
    expect(page?.blocks.map((block) => [block.block, block.language])).toEqual(PUBLIC_PAGE_BLOCKS.map((block) => [block, "zh"]));
    expect(page?.blocks[0]?.title).toBe(DEFAULT_PUBLIC_PAGE_TEXTS.zh.welcome.title);
    expect(page?.blocks.find((block) => block.block === "bring")?.body).toContain("- 护照或本国身份证");
  });

  it("fall back to English for a block the municipality has no text for in the page's language", async () => {
    await db.publicPageText.deleteMany({ where: { municipalityId: holbaek.municipalityId, block: "help", language: "fr" } });
    const page = await getPublicMunicipality(db, "holbaek", "fr");
    expect(page?.blocks.map((block) => [block.block, block.language])).toEqual([
      ["welcome", "fr"],
      ["way-in", "fr"],
      ["bring", "fr"],
      ["help", "en"],
    ]);
    expect(await statusOf(holbaek, "help", "fr")).toBe("missing");
  });

  it("count a saved translation as reviewed, and as older than Danish once the Danish master changes after it", async () => {
    const danish = { title: "Her kan du få hjælp", body: "Ring til Borgerservice." };
    await updatePublicPageText(db, { user: herning, block: "help", language: "da", text: danish, now: at("2026-11-01T10:00:00Z") });
    await updatePublicPageText(db, {
      user: herning,
      block: "help",
      language: "uk",
      text: { title: "Де отримати допомогу в Гернінгу", body: "Зателефонуйте до Служби для громадян." },
      now: at("2026-11-02T10:00:00Z"),
    });
    expect(await statusOf(herning, "help", "uk")).toBe("current");
    await updatePublicPageText(db, {
      user: herning,
      block: "help",
      language: "da",
      text: { ...danish, body: "Ring til Borgerservice.\n\nBiblioteket hjælper også." },
      now: at("2026-11-03T10:00:00Z"),
    });
    expect(await statusOf(herning, "help", "uk")).toBe("outdated");
    const editing = await getPublicPageTextForEditing(db, { municipalityId: herning.municipalityId, block: "help", language: "uk" });
    expect(editing).toMatchObject({ status: "outdated", master: { body: "Ring til Borgerservice.\n\nBiblioteket hjælper også." } });
    const page = await getPublicMunicipality(db, "herning", "uk");
    expect(page?.blocks.find((block) => block.block === "help")?.title).toBe("Де отримати допомогу в Гернінгу");
    const events = await db.auditEvent.findMany({
      where: { municipalityId: herning.municipalityId, action: "public-page.update" },
      select: { metadata: true },
    });
    expect(events.map((event) => event.metadata)).toEqual(
      expect.arrayContaining([
        { block: "help", language: "uk" },
        { block: "help", language: "da" },
      ]),
    );
  });

  it("are marked reviewed by language or one block at a time, audited, in the administrator's municipality only", async () => {
    expect(await markPublicPageTextsReviewed(db, { user: herning, language: "ar", block: "bring", now: at("2026-11-04T10:00:00Z") })).toEqual({ reviewed: 1 });
    expect(await statusOf(herning, "bring", "ar")).toBe("current");
    expect(await statusOf(herning, "welcome", "ar")).toBe("unreviewed");
    expect(await markPublicPageTextsReviewed(db, { user: herning, language: "ar", now: at("2026-11-04T10:00:00Z") })).toEqual({ reviewed: 4 });
    expect(await statusOf(herning, "welcome", "ar")).toBe("current");
    expect(await statusOf(holbaek, "welcome", "ar")).toBe("unreviewed");
    // The master is the municipality's own: nothing to mark.
    expect(await markPublicPageTextsReviewed(db, { user: herning, language: "da" })).toEqual({ reviewed: 0 });
    const events = await db.auditEvent.findMany({
      where: { municipalityId: herning.municipalityId, action: "public-page.review" },
      select: { metadata: true },
      orderBy: { id: "asc" },
    });
    expect(events.map((event) => event.metadata)).toEqual([
      { language: "ar", texts: 1, block: "bring" },
      { language: "ar", texts: 4 },
    ]);
  });
});
