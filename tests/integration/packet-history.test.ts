import pg from "pg";
import { extractImages, extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TActingUser } from "@/lib/auth/acting-user";
import { updateStepText } from "@/lib/catalogue/update-step-text";
import { getActivePersonalLink, issuePersonalLink, revokePersonalLinks } from "@/lib/links/personal-links";
import { renderLogo } from "@/lib/municipalities/logo-image";
import { getLogoPng, getLogoReference, removeMunicipalityLogo, saveMunicipalityLogo } from "@/lib/municipalities/municipality-logo";
import { encryptPacketPdf } from "@/lib/packet/packet-encryption";
import { generateWelcomePacket, getNewcomerPacketPdf, getStoredPacketPdf, listGeneratedPackets, PACKET_PDF_FORMAT } from "@/lib/packet/packet-service";
import { erasePerson } from "@/lib/people/erase-person";
import { herningArrivalForm, registerTestArrival } from "../support/arrival-form";
import { seedDemoActors } from "../support/demo-actors";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
let herning: TActingUser;
let holbaek: TActingUser;
let jonasId: string;
let priyaId: string;

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "integration-test-secret";
  ({ herning, holbaek, jonasId, priyaId } = await seedDemoActors(db));
});
afterAll(() => db.$disconnect());

const packetRows = (arrivalId: string) => db.welcomePacket.count({ where: { arrivalId } });

async function pdfText(pdf: Uint8Array) {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return text.replace(/\s+/g, "");
}

describe("the packet history", () => {
  it("adds a row only on Generate, returns the same packet for the same inputs, and serves a row's own bytes", async () => {
    const target = { municipalityId: herning.municipalityId, arrivalId: jonasId };
    const first = await generateWelcomePacket(db, { user: herning, arrivalId: jonasId, language: "de" });
    expect(first?.isNew).toBe(true);
    const again = await generateWelcomePacket(db, { user: herning, arrivalId: jonasId, language: "de" });
    expect(again).toEqual({ packetId: first?.packetId, isNew: false });
    expect(await packetRows(jonasId)).toBe(1);

    const download = await getStoredPacketPdf(db, { ...target, packetId: first!.packetId });
    const secondDownload = await getStoredPacketPdf(db, { ...target, packetId: first!.packetId });
    await getNewcomerPacketPdf(db, { ...target, language: "de" });
    await getNewcomerPacketPdf(db, { ...target, language: "en" });
    expect(await packetRows(jonasId)).toBe(1);
    expect(download?.pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(secondDownload?.pdf.equals(download!.pdf)).toBe(true);

    // The catalogue changes: the old row still downloads exactly what was generated; Generate makes a new one.
    const step = await db.catalogueStep.findFirstOrThrow({ where: { municipalityId: herning.municipalityId, key: "library" } });
    const german = await db.catalogueStepText.findUniqueOrThrow({ where: { stepId_language: { stepId: step.id, language: "de" } } });
    await updateStepText(db, {
      user: herning,
      stepId: step.id,
      language: "de",
      text: { ...german, title: "Bibliothek: neuer Titel", checkedOn: "2026-11-20" },
    });
    const afterEdit = await getStoredPacketPdf(db, { ...target, packetId: first!.packetId });
    expect(afterEdit?.pdf.equals(download!.pdf)).toBe(true);
    expect(await pdfText(afterEdit!.pdf)).not.toContain("neuerTitel");
    const second = await generateWelcomePacket(db, { user: herning, arrivalId: jonasId, language: "de" });
    expect(second?.isNew).toBe(true);
    expect(await pdfText((await getStoredPacketPdf(db, { ...target, packetId: second!.packetId }))!.pdf)).toContain("neuerTitel");
    expect(await packetRows(jonasId)).toBe(2);
    expect(await db.auditEvent.count({ where: { action: "packet.generate", entityId: jonasId } })).toBe(2);
  });

  it("marks packets that print a revoked link, and the next packet prints the new link", async () => {
    const target = { municipalityId: herning.municipalityId, arrivalId: priyaId };
    const old = await generateWelcomePacket(db, { user: herning, arrivalId: priyaId, language: "en" });
    const oldToken = (await getActivePersonalLink(db, target))!.token;
    expect((await listGeneratedPackets(db, target)).map((row) => row.isLinkValid)).toEqual([true]);

    const { token: newToken } = await issuePersonalLink(db, { user: herning, arrivalId: priyaId });
    expect((await listGeneratedPackets(db, target)).map((row) => row.isLinkValid)).toEqual([false]);
    const oldPdf = (await getStoredPacketPdf(db, { ...target, packetId: old!.packetId }))!.pdf;
    expect(await pdfText(oldPdf)).toContain(oldToken);

    const fresh = await generateWelcomePacket(db, { user: herning, arrivalId: priyaId, language: "en" });
    expect(fresh?.isNew).toBe(true);
    const freshText = await pdfText((await getStoredPacketPdf(db, { ...target, packetId: fresh!.packetId }))!.pdf);
    expect(freshText).toContain(newToken);
    expect(freshText).not.toContain(oldToken);
    expect((await listGeneratedPackets(db, target)).map((row) => row.isLinkValid)).toEqual([true, false]);

    await revokePersonalLinks(db, { user: herning, arrivalId: priyaId });
    expect((await listGeneratedPackets(db, target)).map((row) => row.isLinkValid)).toEqual([false, false]);
  });

  it("a packet downloaded before its household was erased is not served again from the server's memory", async () => {
    const arrivalId = await registerTestArrival(db, herning, herningArrivalForm({ givenName: "Glemt", familyName: "Person" }));
    const target = { municipalityId: herning.municipalityId, arrivalId };
    const packet = await generateWelcomePacket(db, { user: herning, arrivalId: target.arrivalId, language: "en" });
    expect((await getStoredPacketPdf(db, { ...target, packetId: packet!.packetId }))?.pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(await erasePerson(db, { user: herning, arrivalId: target.arrivalId, reason: "Asked to be forgotten" })).toBe(true);
    expect(await getStoredPacketPdf(db, { ...target, packetId: packet!.packetId })).toBeNull();
  });

  it("never gives another municipality a packet, its history or its PDF", async () => {
    const packet = await db.welcomePacket.findFirstOrThrow({ where: { arrivalId: jonasId } });
    expect(await getStoredPacketPdf(db, { municipalityId: holbaek.municipalityId, arrivalId: jonasId, packetId: packet.id })).toBeNull();
    expect(await listGeneratedPackets(db, { municipalityId: holbaek.municipalityId, arrivalId: jonasId })).toEqual([]);
    expect(await generateWelcomePacket(db, { user: holbaek, arrivalId: jonasId, language: "en" })).toBeNull();
  });

  it("does not serve a packet made in an older PDF format again: the same inputs give a tagged packet, the old row keeps its bytes", async () => {
    const target = { municipalityId: herning.municipalityId, arrivalId: priyaId };
    if (!(await getActivePersonalLink(db, { ...target, now: new Date() }))) await issuePersonalLink(db, { user: herning, arrivalId: priyaId });
    const link = (await getActivePersonalLink(db, { ...target, now: new Date() }))!;
    const arrival = await db.arrival.findUniqueOrThrow({ where: { id: priyaId }, select: { version: true } });
    const municipality = await db.municipality.findUniqueOrThrow({ where: { id: herning.municipalityId }, select: { catalogueRevision: true } });
    // A packet as generated before tagging: same inputs, format 1, its own (untagged) bytes.
    const oldId = crypto.randomUUID();
    const oldBytes = Buffer.from("%PDF-1.3 untagged packet from before");
    await db.welcomePacket.create({
      data: {
        id: oldId,
        arrivalId: priyaId,
        arrivalVersion: arrival.version,
        language: "da",
        catalogueRevision: municipality.catalogueRevision,
        personalLinkId: link.id,
        pdfFormat: 1,
        pdf: encryptPacketPdf(oldBytes, oldId),
      },
    });
    expect(PACKET_PDF_FORMAT).toBe(2);
    const newcomerPdf = await getNewcomerPacketPdf(db, { ...target, language: "da" });
    expect(newcomerPdf?.packetId).toBeNull();
    const generated = await generateWelcomePacket(db, { user: herning, arrivalId: priyaId, language: "da" });
    expect(generated?.isNew).toBe(true);
    const stored = await getStoredPacketPdf(db, { ...target, packetId: generated!.packetId });
    expect(stored?.pdf.subarray(0, 8).toString()).toBe("%PDF-1.7");
    expect((await getDocumentProxy(new Uint8Array(stored!.pdf)).then((document) => document.getMarkInfo()))?.Marked).toBe(true);
    expect((await getStoredPacketPdf(db, { ...target, packetId: oldId }))?.pdf.equals(oldBytes)).toBe(true);
  });
});

describe("a copy of the database", () => {
  it("holds no live personal-link token anywhere, in text or in bytes", async () => {
    const arrivals = await db.arrival.findMany({ where: { municipalityId: herning.municipalityId, anonymisedAt: null }, select: { id: true } });
    for (const { id } of arrivals) {
      for (const language of ["en", "de", "da"] as const) await generateWelcomePacket(db, { user: herning, arrivalId: id, language });
    }
    const tokens = (await Promise.all(arrivals.map(({ id }) => getActivePersonalLink(db, { municipalityId: herning.municipalityId, arrivalId: id })))).map(
      (link) => link!.token,
    );
    expect(tokens.length).toBeGreaterThanOrEqual(3);

    // Control: the PDFs as generated do carry the link, so the scan below would find it unencrypted.
    const sample = await db.welcomePacket.findFirstOrThrow({ where: { arrivalId: arrivals[0]!.id }, orderBy: { generatedAt: "desc" } });
    const samplePdf = (await getStoredPacketPdf(db, { municipalityId: herning.municipalityId, arrivalId: arrivals[0]!.id, packetId: sample.id }))!.pdf;
    expect(samplePdf.includes(tokens[0]!)).toBe(true);

    const client = new pg.Client(process.env.DATABASE_URL);
    await client.connect();
    try {
      const tables = await client.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
      );
      let cells = 0;
      for (const { table_name } of tables.rows) {
        const { rows } = await client.query(`SELECT * FROM "${table_name}"`);
        for (const row of rows) {
          for (const value of Object.values(row as Record<string, unknown>)) {
            cells++;
            const bytes = Buffer.isBuffer(value) ? value : Buffer.from(typeof value === "string" ? value : JSON.stringify(value ?? null), "utf8");
            for (const token of tokens) {
              expect(bytes.includes(token), `token found in ${table_name}`).toBe(false);
              expect(bytes.includes(Buffer.from(token, "base64url")), `token bytes found in ${table_name}`).toBe(false);
            }
          }
        }
      }
      expect(tables.rows.map((row) => row.table_name)).toContain("WelcomePacket");
      expect(cells).toBeGreaterThan(100);
    } finally {
      await client.end();
    }
  });
});

describe("the letterhead's logo", () => {
  const imagesOnLetter = async (pdf: Uint8Array) => extractImages(await getDocumentProxy(new Uint8Array(pdf)), 1);

  it("shows in the next packet's PDF, while a packet generated before keeps its letterhead byte for byte", async () => {
    const target = { municipalityId: herning.municipalityId, arrivalId: priyaId };
    const before = await generateWelcomePacket(db, { user: herning, arrivalId: priyaId, language: "en" });
    const beforePdf = (await getStoredPacketPdf(db, { ...target, packetId: before!.packetId }))!.pdf;
    expect(await imagesOnLetter(beforePdf)).toHaveLength(0);

    const rendered = renderLogo(
      Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><rect width="300" height="100" fill="#00620e"/></svg>`),
    );
    if (!rendered.ok) throw new Error(rendered.error);
    await saveMunicipalityLogo(db, { admin: herning, logo: rendered.logo });
    const after = await generateWelcomePacket(db, { user: herning, arrivalId: priyaId, language: "en" });
    expect(after).toMatchObject({ isNew: true });
    const images = await imagesOnLetter((await getStoredPacketPdf(db, { ...target, packetId: after!.packetId }))!.pdf);
    expect(images.map(({ width, height }) => ({ width, height }))).toEqual([{ width: rendered.logo.width, height: rendered.logo.height }]);
    // The newcomer's web page is built from the same model, which names the logo's address.
    const reference = await getLogoReference(db, herning.municipalityId);
    expect(reference?.path).toBe(`/api/logos/${herning.municipalityId}/${rendered.logo.digest}`);
    expect((await getLogoPng(db, { municipalityId: herning.municipalityId, digest: rendered.logo.digest }))?.equals(rendered.logo.png)).toBe(true);
    expect(await getLogoPng(db, { municipalityId: holbaek.municipalityId, digest: rendered.logo.digest })).toBeNull();

    expect((await getStoredPacketPdf(db, { ...target, packetId: before!.packetId }))!.pdf.equals(beforePdf)).toBe(true);
    expect(await removeMunicipalityLogo(db, { admin: herning })).toEqual({ wasRemoved: true });
    expect(await removeMunicipalityLogo(db, { admin: herning })).toEqual({ wasRemoved: false });
    expect(
      await db.auditEvent.count({ where: { action: "municipality.update", entityId: herning.municipalityId, metadata: { path: ["part"], equals: "logo" } } }),
    ).toBe(2);
  });
});
