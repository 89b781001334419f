import { getTranslations } from "next-intl/server";
import { SelectField } from "@/components/form/SelectField";
import { assignArrivalAction } from "@/lib/arrivals/arrival-page-actions";

type TCaseworker = { id: string; name: string; email: string };

/** Who follows the household up, and a plain form to hand it to a colleague (works without JavaScript). */
export async function ArrivalAssignment({
  arrivalId,
  assignedTo,
  caseworkers,
}: {
  arrivalId: string;
  assignedTo: { id: string; name: string } | null;
  caseworkers: TCaseworker[];
}) {
  const t = await getTranslations("arrivalDetail");
  // Colleagues with the same name are told apart by their e-mail address.
  const label = (caseworker: TCaseworker) =>
    caseworkers.some((other) => other.id !== caseworker.id && other.name === caseworker.name) ? `${caseworker.name} (${caseworker.email})` : caseworker.name;
  const current = caseworkers.find((caseworker) => caseworker.id === assignedTo?.id);
  return (
    <form action={assignArrivalAction} className="arrival-assignment">
      <input type="hidden" name="arrivalId" value={arrivalId} />
      <p>
        {/* A colleague no longer among the active caseworkers is still named until someone takes over. */}
        <strong>{t("assignedTo")}:</strong> {current ? label(current) : (assignedTo?.name ?? t("nobodyAssigned"))}
      </p>
      <SelectField
        id="assigneeId"
        label={t("assignLabel")}
        defaultValue={current?.id ?? ""}
        emptyOption={current ? undefined : t("chooseAssignee")}
        options={caseworkers.map((caseworker) => ({ value: caseworker.id, label: label(caseworker) }))}
      />
      <button type="submit" className="button button-secondary">
        {t("assignSubmit")}
      </button>
    </form>
  );
}
