import { getTranslations } from "next-intl/server";
import { InputField } from "@/components/form/InputField";
import { recordCprAction } from "@/lib/arrivals/arrival-page-actions";
import { danishDayOf } from "@/lib/dates/iso-date";
import { getDateFormatter } from "@/lib/i18n/server-formatter";

/**
 * Beside the record's "CPR registration: not yet": the newcomer has ticked it on their page. The
 * caseworker can record it, with the day of the tick filled in (they may know the real day).
 */
export async function RecordCprOffer({ arrivalId, tickedAt }: { arrivalId: string; tickedAt: Date }) {
  const [t, format] = await Promise.all([getTranslations("arrivalDetail.cprTicked"), getDateFormatter()]);
  return (
    <>
      {t("notYet")}
      <span className="cpr-ticked">{t("reported", { date: format.dateTime(tickedAt, { dateStyle: "long" }) })}</span>
      <form action={recordCprAction} className="record-cpr">
        <input type="hidden" name="arrivalId" value={arrivalId} />
        <InputField id="registeredOn" type="date" width="input-width-s" label={t("dateLabel")} defaultValue={danishDayOf(tickedAt)} required />
        <button type="submit" className="button button-secondary">
          {t("record")}
        </button>
      </form>
    </>
  );
}
