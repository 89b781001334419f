import { getTranslations } from "next-intl/server";
import { DateRangeFields } from "@/components/form/DateRangeFields";
import { InputField } from "@/components/form/InputField";
import { SelectField } from "@/components/form/SelectField";
import { AUDIT_ACTIONS, auditActionKey } from "@/lib/audit/audit-actions";
import type { TAuditSearch } from "@/lib/audit/search-audit-log";

type TProps = { search: TAuditSearch; staff: { id: string; name: string }[]; action: string };

/** A plain GET form, like the arrivals search: every search has its own URL and works without JavaScript. */
export async function AuditSearchForm({ search, staff, action }: TProps) {
  const t = await getTranslations("auditLog");
  return (
    // biome-ignore lint/a11y/useSemanticElements: a <search> element is not yet announced by every screen reader DKFDS supports.
    <form method="get" action={action} role="search" className="arrival-search audit-search" aria-label={t("searchLabel")}>
      <div className="search-filters">
        <SelectField
          id="actor"
          label={t("actor")}
          emptyOption={t("any")}
          options={staff.map((member) => ({ value: member.id, label: member.name }))}
          defaultValue={search.actor ?? ""}
        />
        <InputField id="arrival" type="search" label={t("arrival")} hint={t("arrivalHint")} defaultValue={search.arrival} />
        <SelectField
          id="action"
          label={t("action")}
          emptyOption={t("any")}
          options={AUDIT_ACTIONS.map((option) => ({ value: option, label: t(`actions.${auditActionKey(option)}`) }))}
          defaultValue={search.action ?? ""}
        />
        <DateRangeFields labels={{ from: t("from"), to: t("to") }} from={search.from} to={search.to} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {t("submit")}
        </button>
        <a href={action} className="button button-tertiary">
          {t("clear")}
        </a>
      </div>
    </form>
  );
}
