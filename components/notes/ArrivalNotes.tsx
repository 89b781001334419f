import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { getDateFormatter } from "@/lib/i18n/server-formatter";
import type { TArrivalNote } from "@/lib/notes/arrival-notes";
import { NoteForm } from "./NoteForm";

/** The caseworkers' journal of a household, newest first, and a field for the next note. */
export async function ArrivalNotes({ arrivalId, notes }: { arrivalId: string; notes: TArrivalNote[] }) {
  const [t, format] = await Promise.all([getTranslations("arrivalNotes"), getDateFormatter()]);
  return (
    <section aria-labelledby="notes-heading" className="arrival-notes">
      <h2 id="notes-heading">{t("heading")}</h2>
      <p className="form-hint">{t("intro")}</p>
      {notes.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="note-list nobullet-list">
          {notes.map((note) => (
            <li key={note.id} className="note">
              <p className="note-text">{note.text}</p>
              <p className="note-byline">
                {t("byline", {
                  // Staff with the same name are told apart by their e-mail address.
                  author: note.author ? `${note.author.name} (${note.author.email})` : t("formerUser"),
                  date: format.dateTime(note.createdAt, { dateStyle: "medium", timeStyle: "short" }),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
      <ClientMessages namespaces={["arrivalNotes"]}>
        <NoteForm arrivalId={arrivalId} />
      </ClientMessages>
    </section>
  );
}
