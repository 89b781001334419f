"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/Alert";
import { newSetupLinkAction, type TSetupLinkState } from "@/lib/users/user-actions";
import { OneTimeLink } from "./OneTimeLink";

/** "Make a new set-password link": the link is shown once, here. */
export function NewSetupLinkForm({ userId }: { userId: string }) {
  const t = useTranslations("users");
  const [state, formAction, isPending] = useActionState<TSetupLinkState, FormData>(newSetupLinkAction, null);
  return (
    <form action={formAction} className="new-setup-link">
      <input type="hidden" name="userId" value={userId} />
      <p className="form-hint">{t("newLinkHint")}</p>
      <button type="submit" className="button button-secondary" disabled={isPending}>
        {t("newLink")}
      </button>
      <div aria-live="polite">
        {state?.ok ? <OneTimeLink text={t("linkIssued", { name: state.name })} link={state.link} mail={state.mail} email={state.email} /> : null}
        {state && !state.ok ? (
          <Alert variant="error" role="alert">
            <p className="alert-text">{state.message}</p>
          </Alert>
        ) : null}
      </div>
    </form>
  );
}
