"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/form/FormField";
import { RadioGroup } from "@/components/form/RadioGroup";
import { Alert } from "@/components/ui/Alert";
import { STAFF_ROLES } from "@/lib/users/schemas";
import { createUserAction, type TNewUserState } from "@/lib/users/user-actions";
import { OneTimeLink } from "./OneTimeLink";

/** The administrator's form for a new staff user; on success the set-password link is shown once. */
export function NewUserForm({ roleLabels }: { roleLabels: Record<(typeof STAFF_ROLES)[number], string> }) {
  const t = useTranslations("users");
  const [state, formAction, isPending] = useActionState<TNewUserState, FormData>(createUserAction, null);
  if (state?.ok) return <OneTimeLink text={t("created", { name: state.name })} link={state.link} mail={state.mail} email={state.email} />;
  const values = state?.values ?? { name: "", email: "", role: "CASEWORKER" };
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={formAction} className="new-user-form" noValidate>
      <div aria-live="assertive">
        {state && !state.ok ? (
          <Alert variant="error" role="alert">
            <p className="alert-text">{state.message}</p>
          </Alert>
        ) : null}
      </div>
      <FormField id="name" label={t("name")} error={errors.name} maxLength={200}>
        {(describedBy) => (
          <input
            className="form-input"
            id="name"
            name="name"
            defaultValue={values.name}
            maxLength={200}
            autoComplete="off"
            aria-describedby={describedBy}
            aria-invalid={errors.name ? true : undefined}
          />
        )}
      </FormField>
      <FormField id="email" label={t("email")} error={errors.email}>
        {(describedBy) => (
          <input
            className="form-input"
            id="email"
            name="email"
            type="email"
            defaultValue={values.email}
            maxLength={254}
            autoComplete="off"
            aria-describedby={describedBy}
            aria-invalid={errors.email ? true : undefined}
          />
        )}
      </FormField>
      <RadioGroup
        name="role"
        legend={t("role")}
        options={STAFF_ROLES.map((role) => ({ value: role, label: roleLabels[role] }))}
        defaultValue={values.role as (typeof STAFF_ROLES)[number]}
      />
      <button type="submit" className="button button-primary" disabled={isPending}>
        {isPending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
