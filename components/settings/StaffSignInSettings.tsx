import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { Alert } from "@/components/ui/Alert";
import type { TIdentityProviderView } from "@/lib/auth/identity-providers";
import { setPasswordSignInAction } from "@/lib/auth/sign-in-settings-actions";
import { IdentityProviderForm } from "./IdentityProviderForm";

const OUTCOMES = ["password-saved", "password-sign-in-needs-provider", "invalid"] as const;

/** How the municipality's staff sign in: its identity provider, and whether passwords are allowed too. */
export async function StaffSignInSettings({ view, redirectUri, outcome }: { view: TIdentityProviderView; redirectUri: string; outcome?: string }) {
  const t = await getTranslations("staffSignIn");
  const shown = OUTCOMES.find((candidate) => candidate === outcome);
  return (
    <section aria-labelledby="staff-sign-in" className="settings-sign-in">
      <h2 id="staff-sign-in">{t("title")}</h2>
      <p>{t("intro")}</p>
      <p>
        {t("redirectUri")} <code className="redirect-uri">{redirectUri}</code>
      </p>
      <ClientMessages namespaces={["staffSignIn"]}>
        <IdentityProviderForm
          initialValues={{ issuer: view.issuer, clientId: view.clientId, emailClaim: view.emailClaim, isEnabled: view.isEnabled ? "yes" : undefined }}
          hasSecret={view.hasSecret}
        />
      </ClientMessages>
      <h3>{t("passwordTitle")}</h3>
      {shown ? (
        <Alert variant={shown === "password-saved" ? "success" : "error"} role={shown === "password-saved" ? "status" : "alert"}>
          <p className="alert-text">{t(`outcomes.${shown}`)}</p>
        </Alert>
      ) : null}
      <p>{t(view.passwordSignIn ? "passwordOn" : "passwordOff")}</p>
      <form action={setPasswordSignInAction} className="password-sign-in">
        <input type="hidden" name="passwordSignIn" value={view.passwordSignIn ? "off" : "on"} />
        <button type="submit" className="button button-secondary">
          {t(view.passwordSignIn ? "passwordTurnOff" : "passwordTurnOn")}
        </button>
      </form>
    </section>
  );
}
