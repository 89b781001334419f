import { getTranslations } from "next-intl/server";
import { InputField } from "@/components/form/InputField";
import { recordMemberCprAction } from "@/lib/arrivals/arrival-page-actions";
import { getDateFormatter } from "@/lib/i18n/server-formatter";

type TMember = { id: string; givenName: string; familyName: string; cprRegisteredOn: Date | null };

/** A spouse's or child's CPR registration on the arrival page: the day it was recorded, or the form to record it. */
export async function MemberCprStatus({ arrivalId, member, today }: { arrivalId: string; member: TMember; today: string }) {
  const [t, format] = await Promise.all([getTranslations("arrivalDetail.memberCpr"), getDateFormatter()]);
  const name = `${member.givenName} ${member.familyName}`;
  if (member.cprRegisteredOn) {
    return <span className="member-cpr">{t("done", { date: format.dateTime(member.cprRegisteredOn, { dateStyle: "long", timeZone: "UTC" }) })}</span>;
  }
  return (
    <form action={recordMemberCprAction} className="record-member-cpr">
      <input type="hidden" name="arrivalId" value={arrivalId} />
      <input type="hidden" name="memberId" value={member.id} />
      <span className="member-cpr">{t("notYet")}</span>
      <InputField
        id={`member-cpr-${member.id}`}
        name="registeredOn"
        type="date"
        width="input-width-s"
        label={t("dateLabel", { name })}
        defaultValue={today}
        required
      />
      <button type="submit" className="button button-secondary">
        {t("record", { name })}
      </button>
    </form>
  );
}
