"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { type FormEvent, useRef, useState } from "react";
import { InputField } from "@/components/form/InputField";
import { Alert } from "@/components/ui/Alert";
import { SIGN_IN_RATE_LIMITED } from "@/lib/auth/sign-in-errors";
import { useRouter } from "@/lib/i18n/navigation";

type TFieldErrors = { email?: string; password?: string };

export function SignInForm() {
  const t = useTranslations("signIn");
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get("email") ?? "").trim();
    const password = String(data.get("password") ?? "");
    const errors: TFieldErrors = {
      email: email ? undefined : t("emailRequired"),
      password: password ? undefined : t("passwordRequired"),
    };
    setFieldErrors(errors);
    setFormError(null);
    if (errors.email || errors.password) return;

    setIsPending(true);
    try {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (result?.ok) {
        // The locale home sends each role to its own front page.
        router.replace("/");
        router.refresh();
        return;
      }
      setFormError(result?.error === "CredentialsSignin" ? t("invalidCredentials") : result?.error === SIGN_IN_RATE_LIMITED ? t("rateLimited") : t("failed"));
    } catch {
      setFormError(t("failed"));
    }
    setIsPending(false);
    requestAnimationFrame(() => errorRef.current?.focus());
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby={formError ? "sign-in-error" : undefined}>
      {formError ? (
        <Alert variant="error" role="alert" id="sign-in-error" tabIndex={-1} ref={errorRef}>
          <p className="alert-text">{formError}</p>
        </Alert>
      ) : null}
      <InputField id="email" type="email" label={t("email")} autoComplete="username" required error={fieldErrors.email} />
      <InputField id="password" type="password" label={t("password")} autoComplete="current-password" required error={fieldErrors.password} />
      <button type="submit" className="button button-primary" disabled={isPending} aria-disabled={isPending}>
        {isPending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
