"use client";

import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";

/** One button per municipality whose staff sign in through its identity provider; the role comes from Ankomst afterwards. */
export function IdentityProviderButtons({ choices }: { choices: { providerId: string; municipalityName: string }[] }) {
  const t = useTranslations("signIn");
  const locale = useLocale();
  const [pendingId, setPendingId] = useState<string | null>(null);
  return (
    <ul className="nobullet-list identity-providers">
      {choices.map((choice) => (
        <li key={choice.providerId}>
          <button
            type="button"
            className="button button-secondary"
            disabled={pendingId !== null}
            aria-disabled={pendingId !== null}
            onClick={() => {
              setPendingId(choice.providerId);
              // The locale's home sends each role on to its own front page.
              void signIn(choice.providerId, { callbackUrl: `/${locale}` });
            }}
          >
            {t("organisationButton", { municipality: choice.municipalityName })}
          </button>
        </li>
      ))}
    </ul>
  );
}
