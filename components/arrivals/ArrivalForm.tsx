"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, startTransition, useActionState, useEffect, useRef, useState } from "react";
import { CheckboxField } from "@/components/form/CheckboxField";
import type { TArrivalFormState } from "@/lib/arrivals/arrival-form-actions";
import { arrivalInputFromFormData } from "@/lib/arrivals/form-data";
import { fieldErrorsFrom, type TArrivalFormInput, type TFieldErrors, ZArrivalFormSchema } from "@/lib/arrivals/schemas";
import { shiftChildErrors } from "@/lib/arrivals/shift-child-errors";
import type { TCountryOption } from "@/lib/countries/country-options";
import type { TPacketLanguage } from "@/lib/i18n/languages";
import { Link } from "@/lib/i18n/navigation";
import { suggestLatinSpelling } from "@/lib/names/latin-spelling";
import { ErrorSummary } from "./ErrorSummary";
import { ArrivalFieldset } from "./fieldsets/ArrivalFieldset";
import { ContactFieldset } from "./fieldsets/ContactFieldset";
import { CprFieldset } from "./fieldsets/CprFieldset";
import type { TArrivalFieldsetProps } from "./fieldsets/field-props";
import { PersonFieldset } from "./fieldsets/PersonFieldset";
import { HouseholdFields, type TChildRow } from "./HouseholdFields";
import { useArrivalErrorText } from "./use-arrival-error-text";

type TArrivalFormProps = {
  action: (state: TArrivalFormState, formData: FormData) => Promise<TArrivalFormState>;
  initialValues: TArrivalFormInput;
  countries: readonly TCountryOption[];
  /** The packet languages the municipality offers. */
  packetLanguages: readonly TPacketLanguage[];
  cancelHref: string;
  hidden: Record<string, string>;
};

let nextRowKey = 0;
const withKeys = (children: TArrivalFormInput["children"]): TChildRow[] => children.map((child) => ({ ...child, key: `child-${nextRowKey++}` }));

export function ArrivalForm({ action, initialValues, countries, packetLanguages, cancelHref, hidden }: TArrivalFormProps) {
  const t = useTranslations("arrivalForm");
  const [result, formAction, isPending] = useActionState(action, null);
  // A save that works moves on to the arrival's page; what comes back is a refusal.
  const state = result && !result.ok ? result : null;
  // Without JavaScript the server renders the action's result: start from what was typed then.
  const startValues = state?.values ?? initialValues;
  const [values, setValues] = useState(startValues);
  const [spouse, setSpouse] = useState(startValues.spouse ?? { givenName: "", familyName: "", dateOfBirth: "", seekingWork: false });
  const [hasSpouse, setHasSpouse] = useState(startValues.spouse !== null);
  const [children, setChildren] = useState(() => withKeys(startValues.children));
  const [clientErrors, setClientErrors] = useState<TFieldErrors | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const fieldErrors = clientErrors ?? state?.fieldErrors ?? {};
  const errorText = useArrivalErrorText(fieldErrors);
  // The Latin spelling follows the name as it is typed, until the caseworker writes it themselves.
  const [isLatinNameTyped, setLatinNameTyped] = useState(
    () => (startValues.latinName ?? "") !== (suggestLatinSpelling(`${startValues.givenName} ${startValues.familyName}`) ?? ""),
  );
  const set: TArrivalFieldsetProps["set"] = (key) => (value) => {
    if (key === "latinName") setLatinNameTyped(value !== "");
    setValues((current) => {
      const next = { ...current, [key]: value };
      if ((key === "givenName" || key === "familyName") && !isLatinNameTyped)
        next.latinName = suggestLatinSpelling(`${next.givenName} ${next.familyName}`) ?? "";
      return next;
    });
  };
  const fieldsetProps: TArrivalFieldsetProps = { values, set, errorText };

  function labelFor(path: string): string {
    const [first, second, third] = path.split(".");
    if (first === "children" && third) return `${t("child", { number: Number(second) + 1 })}: ${t(third as "givenName")}`;
    if (first === "spouse" && second) return `${t("spouse")}: ${t(second === "seekingWork" ? "spouseSeekingWork" : (second as "givenName"))}`;
    return t(first as "givenName");
  }

  function onChildRemoved(index: number) {
    if (!Object.keys(fieldErrors).some((path) => path.startsWith("children."))) return;
    setClientErrors(shiftChildErrors(fieldErrors, index));
  }

  // A refusal from the server (duplicate, conflict, invalid input) is read out and focused like the browser's own.
  useEffect(() => {
    if (state?.message) summaryRef.current?.focus();
  }, [state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // Note: with JavaScript the action is called here rather than through the form's action, because
    // React resets a form after its action runs, and that drops the chosen option of every select.
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    // The same schema as the server: most mistakes are shown at once, without a round trip.
    const parsed = ZArrivalFormSchema.safeParse(arrivalInputFromFormData(formData));
    if (parsed.success) {
      setClientErrors(null);
      return startTransition(() => formAction(formData));
    }
    setClientErrors(fieldErrorsFrom(parsed.error));
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="arrival-form">
      {Object.entries({ ...hidden, ...(state?.currentVersion ? { version: String(state.currentVersion) } : {}) }).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <ErrorSummary
        ref={summaryRef}
        message={clientErrors ? (Object.keys(clientErrors).length > 0 ? t("fixFields") : null) : (state?.message ?? null)}
        errors={fieldErrors}
        duplicates={state?.duplicates}
        labelFor={labelFor}
      />
      {state?.duplicates?.length ? <CheckboxField id="confirmDuplicate" label={t("saveAnyway")} /> : null}

      <PersonFieldset {...fieldsetProps} countries={countries} packetLanguages={packetLanguages} />
      <ContactFieldset {...fieldsetProps} />
      <ArrivalFieldset {...fieldsetProps} />
      <CprFieldset {...fieldsetProps} />

      <HouseholdFields
        hasSpouse={hasSpouse}
        onHasSpouseChange={setHasSpouse}
        spouse={spouse}
        onSpouseChange={setSpouse}
        childRows={children}
        onChildRowsChange={setChildren}
        onChildRemoved={onChildRemoved}
        newChildKey={() => `child-${nextRowKey++}`}
        fieldErrors={fieldErrors}
      />

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isPending}>
          {isPending ? t("saving") : t("save")}
        </button>
        <Link href={cancelHref} className="button button-tertiary">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
