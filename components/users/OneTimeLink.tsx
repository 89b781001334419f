"use client";

import { useTranslations } from "next-intl";
import { CopyLinkButton } from "@/components/arrivals/CopyLinkButton";
import { Alert } from "@/components/ui/Alert";
import type { TSetPasswordMailOutcome } from "@/lib/users/mail-set-password-link";

type TOneTimeLinkProps = { text: string; link: string; mail: TSetPasswordMailOutcome; email: string };

/** A set-password link, shown once to the administrator to hand over, with what became of the e-mail carrying it. */
export function OneTimeLink({ text, link, mail, email }: TOneTimeLinkProps) {
  const t = useTranslations("users");
  return (
    <Alert variant={mail === "failed" ? "warning" : "success"} role="status" className="one-time-link">
      <p className="alert-text">{text}</p>
      <p className="alert-text personal-link-url">{link}</p>
      {mail === "not-configured" ? null : <p className="alert-text">{t(mail === "sent" ? "mailSent" : "mailFailed", { email })}</p>}
      <div className="form-actions">
        <CopyLinkButton url={link} labels={{ copy: t("copy"), copied: t("copied") }} />
      </div>
    </Alert>
  );
}
