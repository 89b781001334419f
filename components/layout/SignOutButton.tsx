"use client";

import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("common");
  const locale = useLocale();
  return (
    <button type="button" className="button button-secondary" onClick={() => signOut({ callbackUrl: `/${locale}/sign-in` })}>
      {t("signOut")}
    </button>
  );
}
