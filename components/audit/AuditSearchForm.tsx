import { getTranslations } from "next-intl/server";
import { DateRangeFields } from "@/components/forms/DateRangeFields";
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
        <div className="form-group">
          <label className="form-label" htmlFor="actor">
            {t("actor")}
          </label>
          <select className="form-select" id="actor" name="actor" defaultValue={search.actor ?? ""}>
            <option value="">{t("any")}</option>
            {staff.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="arrival">
            {t("arrival")}
          </label>
          <span className="form-hint" id="arrival-hint">
            {t("arrivalHint")}
          </span>
          <input className="form-input" id="arrival" name="arrival" type="search" defaultValue={search.arrival ?? ""} aria-describedby="arrival-hint" />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="action">
            {t("action")}
          </label>
          <select className="form-select" id="action" name="action" defaultValue={search.action ?? ""}>
            <option value="">{t("any")}</option>
            {AUDIT_ACTIONS.map((option) => (
              <option key={option} value={option}>
                {t(`actions.${auditActionKey(option)}`)}
              </option>
            ))}
          </select>
        </div>
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
