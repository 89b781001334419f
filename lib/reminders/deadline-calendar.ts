import { createEvents } from "ics";
import { addDays, type TIsoDate } from "@/lib/dates/iso-date";

export type TCalendarDeadline = { uid: string; title: string; deadline: TIsoDate; description: string; url: string };

const asDateArray = (iso: TIsoDate): [number, number, number] => {
  const [year, month, day] = iso.split("-").map(Number);
  return [year ?? 0, month ?? 1, day ?? 1];
};

/**
 * An .ics calendar with each deadline as an all-day event and an alarm the morning before, so the
 * newcomer's own calendar keeps reminding them. The same uid for the same step and deadline: a
 * second import updates the event instead of adding one.
 */
export function deadlineCalendar(deadlines: readonly TCalendarDeadline[]): string {
  const { error, value } = createEvents(
    deadlines.map((deadline) => ({
      uid: deadline.uid,
      start: asDateArray(deadline.deadline),
      end: asDateArray(addDays(deadline.deadline, 1)),
      title: deadline.title,
      description: deadline.description,
      url: deadline.url,
      transp: "TRANSPARENT" as const,
      alarms: [{ action: "display" as const, description: deadline.title, trigger: { hours: 15, before: true } }],
    })),
    { productId: "-//Ankomst//Reminders//EN", method: "PUBLISH" },
  );
  if (error || !value) throw error ?? new Error("The calendar could not be made.");
  return value;
}
