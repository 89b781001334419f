import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TActingUser } from "@/lib/auth/acting-user";
import { addArrivalNote, readArrivalNotes, ZArrivalNoteInput } from "@/lib/notes/arrival-notes";
import { erasePerson } from "@/lib/people/erase-person";
import { exportPersonData } from "@/lib/people/export-person";
import { herningArrivalForm, registerTestArrival } from "../support/arrival-form";
import { seedDemoActors } from "../support/demo-actors";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
let herning: TActingUser;
let holbaek: TActingUser;

beforeAll(async () => {
  ({ herning, holbaek } = await seedDemoActors(db));
});
afterAll(() => db.$disconnect());

/** A household of the test's own, registered by Herning's caseworker. */
const newArrival = (familyName: string) =>
  registerTestArrival(db, herning, herningArrivalForm({ givenName: "Notat", familyName, latinName: `Notat ${familyName}` }));

const note = (arrivalId: string, text: string) => ZArrivalNoteInput.parse({ arrivalId, text });

describe("an arrival's notes", () => {
  it("are read newest first, with who wrote them, and reading them is audited by id, never by text", async () => {
    const arrivalId = await newArrival("Journal");
    expect(await addArrivalNote(db, { user: herning, note: note(arrivalId, "Came with the school papers."), now: new Date("2026-12-01T09:00:00Z") })).toBe(
      true,
    );
    expect(await addArrivalNote(db, { user: herning, note: note(arrivalId, "Called about\r\nthe daycare."), now: new Date("2026-12-02T09:00:00Z") })).toBe(
      true,
    );

    const notes = await readArrivalNotes(db, { user: herning, arrivalId });
    expect(notes.map((each) => each.text)).toEqual(["Called about\nthe daycare.", "Came with the school papers."]);
    expect(notes[0]?.author?.email).toBe("caseworker@herning.demo");

    const events = await db.auditEvent.findMany({
      where: { entityId: arrivalId, action: { in: ["arrival.note-add", "arrival.notes-read"] } },
      orderBy: { occurredAt: "asc" },
    });
    expect(events.map((event) => event.action)).toEqual(["arrival.note-add", "arrival.note-add", "arrival.notes-read"]);
    expect(events.at(-1)?.metadata).toEqual({ noteIds: notes.map((each) => each.id) });
    expect(JSON.stringify(events.map((event) => event.metadata))).not.toContain("daycare");
  });

  it("are neither written nor read by another municipality", async () => {
    const arrivalId = await newArrival("Fremmed");
    await addArrivalNote(db, { user: herning, note: note(arrivalId, "Herning's own note.") });
    expect(await addArrivalNote(db, { user: holbaek, note: note(arrivalId, "Holbæk's note.") })).toBe(false);
    expect(await readArrivalNotes(db, { user: holbaek, arrivalId })).toEqual([]);
    expect(await db.arrivalNote.count({ where: { arrivalId } })).toBe(1);
  });

  it("refuse a blank note, one past the limit and one with control or direction characters", () => {
    const arrivalId = randomUUID();
    for (const text of ["", "  \n ", "x".repeat(2001), "Bell\u0007", "Turned \u202Earound"]) {
      expect(ZArrivalNoteInput.safeParse({ arrivalId, text }).success, JSON.stringify(text)).toBe(false);
    }
    expect(ZArrivalNoteInput.safeParse({ arrivalId, text: "x".repeat(2000) }).success).toBe(true);
  });

  it("are in the person's export, and gone when the person is erased", async () => {
    const arrivalId = await newArrival("Eksport");
    await addArrivalNote(db, { user: herning, note: note(arrivalId, "Prefers phone calls.") });
    const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@herning.demo" }, select: { id: true, municipalityId: true } });
    const exported = await exportPersonData(db, { user: admin, arrivalId });
    expect(exported?.caseworkerNotes).toEqual([expect.objectContaining({ text: "Prefers phone calls.", by: expect.stringContaining("Sagsbehandler") })]);
    expect(exported?.arrival.assignedTo).toMatch(/^Sagsbehandler/);

    expect(await erasePerson(db, { user: admin, arrivalId, reason: "Asked to be forgotten" })).toBe(true);
    expect(await db.arrivalNote.count({ where: { arrivalId } })).toBe(0);
    const erased = await db.arrival.findUniqueOrThrow({ where: { id: arrivalId } });
    expect(erased.assignedToId).toBeNull();
    expect(erased.lastWorkedById).toBeNull();
    expect(erased.latinName).toBeNull();
  });
});
