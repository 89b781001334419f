"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, startTransition, useActionState, useEffect, useRef, useState } from "react";
import type { TArrivalFormState } from "@/app/[locale]/(staff)/arrivals/actions";
import { FormField } from "@/components/form/FormField";
import { arrivalInputFromFormData } from "@/lib/arrivals/form-data";
import { fieldErrorsFrom, type TArrivalFormInput, type TFieldErrors, ZArrivalFormSchema, ZResidenceBasis } from "@/lib/arrivals/schemas";
import { shiftChildErrors } from "@/lib/arrivals/shift-child-errors";
import type { TCountryOption } from "@/lib/countries/country-options";
import { Link } from "@/lib/i18n/navigation";
import { CountrySelect } from "./CountrySelect";
import { ErrorSummary } from "./ErrorSummary";
import { HouseholdFields, type TChildRow } from "./HouseholdFields";

type TArrivalFormProps = {
  action: (state: TArrivalFormState, formData: FormData) => Promise<TArrivalFormState>;
  initialValues: TArrivalFormInput;
  countries: readonly TCountryOption[];
  cancelHref: string;
  hidden: Record<string, string>;
};

const RESIDENCE_BASES = ZResidenceBasis.options;
const PACKET_LANGUAGES = ["en", "de", "da"] as const;

let nextRowKey = 0;
const withKeys = (children: TArrivalFormInput["children"]): TChildRow[] => children.map((child) => ({ ...child, key: `child-${nextRowKey++}` }));

export function ArrivalForm({ action, initialValues, countries, cancelHref, hidden }: TArrivalFormProps) {
  const t = useTranslations("arrivalForm");
  const basis = useTranslations("residenceBasis");
  const [state, formAction, isPending] = useActionState(action, null);
  // Without JavaScript the server renders the action's result: start from what was typed then.
  const startValues = state?.values ?? initialValues;
  const [values, setValues] = useState(startValues);
  const [spouse, setSpouse] = useState(startValues.spouse ?? { givenName: "", familyName: "", dateOfBirth: "", seekingWork: false });
  const [hasSpouse, setHasSpouse] = useState(startValues.spouse !== null);
  const [children, setChildren] = useState(() => withKeys(startValues.children));
  const [clientErrors, setClientErrors] = useState<TFieldErrors | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const fieldErrors = clientErrors ?? state?.fieldErrors ?? {};
  const errorText = (path: string) => (fieldErrors[path] ? t(`errors.${fieldErrors[path]}`) : undefined);
  const set =
    <K extends keyof TArrivalFormInput>(key: K) =>
    (value: TArrivalFormInput[K]) =>
      setValues((current) => ({ ...current, [key]: value }));

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
    if (state?.formError) summaryRef.current?.focus();
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

  const text = (
    key: "givenName" | "familyName" | "email" | "phone" | "addressLine" | "postalCode" | "city" | "employerOrSchool" | "expectedStayMonths",
    options: { type?: string; optional?: boolean; hint?: string; autoComplete?: string; width?: string } = {},
  ) => (
    <FormField id={key} label={t(key)} error={errorText(key)} hint={options.hint} optionalLabel={options.optional ? t("optional") : undefined}>
      {(describedBy) => (
        <input
          className={`form-input ${options.width ?? ""}`}
          id={key}
          name={key}
          type={options.type ?? "text"}
          value={values[key]}
          onChange={(event) => set(key)(event.target.value)}
          autoComplete={options.autoComplete ?? "off"}
          aria-describedby={describedBy}
          aria-invalid={fieldErrors[key] ? true : undefined}
        />
      )}
    </FormField>
  );
  const date = (key: "dateOfBirth" | "arrivalDate" | "cprRegisteredOn") => (
    <FormField id={key} label={t(key)} error={errorText(key)}>
      {(describedBy) => (
        <input
          className="form-input input-width-s"
          id={key}
          name={key}
          type="date"
          value={values[key]}
          onChange={(event) => set(key)(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={fieldErrors[key] ? true : undefined}
        />
      )}
    </FormField>
  );

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="arrival-form">
      {Object.entries({ ...hidden, ...(state?.currentVersion ? { version: String(state.currentVersion) } : {}) }).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <ErrorSummary
        ref={summaryRef}
        message={clientErrors ? (Object.keys(clientErrors).length > 0 ? t("fixFields") : null) : (state?.formError ?? null)}
        errors={fieldErrors}
        duplicates={state?.duplicates}
        labelFor={labelFor}
      />
      {state?.duplicates?.length ? (
        <div className="form-group-checkbox">
          <input className="form-checkbox" type="checkbox" id="confirmDuplicate" name="confirmDuplicate" value="yes" />
          <label htmlFor="confirmDuplicate">{t("saveAnyway")}</label>
        </div>
      ) : null}

      <fieldset>
        <legend className="h3">{t("person")}</legend>
        {text("givenName", { autoComplete: "off" })}
        {text("familyName")}
        {date("dateOfBirth")}
        <FormField id="nationality" label={t("nationality")} error={errorText("nationality")}>
          {(describedBy) => (
            <CountrySelect
              id="nationality"
              name="nationality"
              value={values.nationality}
              onChange={set("nationality")}
              options={countries}
              describedBy={describedBy}
              isInvalid={Boolean(fieldErrors.nationality)}
              labels={{
                filter: t("countryFilter"),
                filterHint: t("countryFilterHint"),
                choose: t("chooseCountry"),
                matchCount: (count) => t("countryMatches", { count }),
              }}
            />
          )}
        </FormField>
        <fieldset className="form-group">
          <legend className="form-label">{t("packetLanguage")}</legend>
          {PACKET_LANGUAGES.map((language) => (
            <div className="form-group-radio" key={language}>
              <input
                className="form-radio"
                type="radio"
                id={`packetLanguage-${language}`}
                name="packetLanguage"
                value={language}
                checked={values.packetLanguage === language}
                onChange={() => set("packetLanguage")(language)}
              />
              <label htmlFor={`packetLanguage-${language}`}>{t(`languages.${language}`)}</label>
            </div>
          ))}
        </fieldset>
      </fieldset>

      <fieldset>
        <legend className="h3">{t("contact")}</legend>
        {text("email", { type: "email", optional: true, width: "input-width-l" })}
        {text("phone", { type: "tel", optional: true, width: "input-width-m" })}
      </fieldset>

      <fieldset>
        <legend className="h3">{t("arrival")}</legend>
        {date("arrivalDate")}
        {text("addressLine", { width: "input-width-l" })}
        {text("postalCode", { width: "input-width-xs" })}
        {text("city", { width: "input-width-m" })}
        <FormField id="residenceBasis" label={t("residenceBasis")} error={errorText("residenceBasis")}>
          {(describedBy) => (
            <select
              className="form-select"
              id="residenceBasis"
              name="residenceBasis"
              value={values.residenceBasis}
              onChange={(event) => set("residenceBasis")(event.target.value as TArrivalFormInput["residenceBasis"])}
              aria-describedby={describedBy}
              aria-invalid={fieldErrors.residenceBasis ? true : undefined}
            >
              <option value="">{t("chooseResidenceBasis")}</option>
              {RESIDENCE_BASES.map((option) => (
                <option key={option} value={option}>
                  {basis(option)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {text("employerOrSchool", { optional: true, width: "input-width-l" })}
        {text("expectedStayMonths", { optional: true, hint: t("expectedStayHint"), width: "input-width-xs" })}
      </fieldset>

      <fieldset>
        <legend className="h3">{t("cpr")}</legend>
        <p className="form-hint">{t("cprHint")}</p>
        <fieldset className="form-group">
          <legend className="form-label">{t("cprRegistered")}</legend>
          {(["yes", "no"] as const).map((answer) => (
            <div className="form-group-radio" key={answer}>
              <input
                className="form-radio"
                type="radio"
                id={`cprRegistered-${answer}`}
                name="cprRegistered"
                value={answer}
                checked={values.cprRegistered === (answer === "yes")}
                onChange={() => set("cprRegistered")(answer === "yes")}
              />
              <label htmlFor={`cprRegistered-${answer}`}>{t(answer)}</label>
            </div>
          ))}
        </fieldset>
        {values.cprRegistered ? date("cprRegisteredOn") : null}
      </fieldset>

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
