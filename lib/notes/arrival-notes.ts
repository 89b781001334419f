import { z } from "zod";
import { arrivalVisibleTo } from "@/lib/arrivals/arrival-visibility";
import { auditAs } from "@/lib/audit/record-audit-event";
import type { TActingUser } from "@/lib/auth/acting-user";
import type { PrismaClient } from "@/lib/db-client";
import { isCleanText } from "@/lib/validation/text";
import { noteWorkedOn } from "@/lib/worklist/worked-on";
import { NOTE_MAX_LENGTH } from "./note-limits";

/** A note as typed: its lines kept, a blank note and control or direction-override characters refused. */
export const ZArrivalNoteInput = z.object({
  arrivalId: z.uuid(),
  text: z
    .string()
    .transform((text) => text.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().min(1, { error: "empty" }).max(NOTE_MAX_LENGTH, { error: "tooLong" }).refine(isCleanText, { error: "invalidCharacters" })),
});
export type TArrivalNoteInput = z.infer<typeof ZArrivalNoteInput>;

/** Adds a note to an arrival of the user's municipality; false when it is not one (nothing written). */
export async function addArrivalNote(db: PrismaClient, options: { user: TActingUser; note: TArrivalNoteInput; now?: Date }): Promise<boolean> {
  const { user, note } = options;
  return db.$transaction(async (tx) => {
    const arrival = await tx.arrival.findFirst({ where: { id: note.arrivalId, ...arrivalVisibleTo(user) }, select: { id: true } });
    if (!arrival) return false;
    const created = await tx.arrivalNote.create({
      data: { arrivalId: arrival.id, authorId: user.id, text: note.text, createdAt: options.now ?? new Date() },
      select: { id: true },
    });
    await noteWorkedOn(tx, { arrivalId: arrival.id, userId: user.id });
    // The audit row names the note, never its text: the log outlives the record.
    await auditAs(tx, user, { action: "arrival.note-add", entityType: "arrival", entityId: arrival.id, metadata: { noteId: created.id } });
    return true;
  });
}

export type TArrivalNote = { id: string; text: string; createdAt: Date; author: { name: string; email: string } | null };

/** An arrival's notes, newest first; reading them is audited (they are personal data). */
export async function readArrivalNotes(db: PrismaClient, options: { user: TActingUser; arrivalId: string }): Promise<TArrivalNote[]> {
  const { user, arrivalId } = options;
  const notes = await db.arrivalNote.findMany({
    where: { arrivalId, arrival: arrivalVisibleTo(user) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, text: true, createdAt: true, author: { select: { name: true, email: true } } },
  });
  if (notes.length > 0) {
    await auditAs(db, user, { action: "arrival.notes-read", entityType: "arrival", entityId: arrivalId, metadata: { noteIds: notes.map((note) => note.id) } });
  }
  return notes;
}
