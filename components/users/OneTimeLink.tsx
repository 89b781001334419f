"use client";

import { useTranslations } from "next-intl";
import { CopyLinkButton } from "@/components/arrivals/CopyLinkButton";
import { Alert } from "@/components/ui/Alert";

/** A set-password link, shown once to the administrator to hand over. */
export function OneTimeLink({ text, link }: { text: string; link: string }) {
  const t = useTranslations("users");
  return (
    <Alert variant="success" role="status" className="one-time-link">
      <p className="alert-text">{text}</p>
      <p className="alert-text personal-link-url">{link}</p>
      <div className="form-actions">
        <CopyLinkButton url={link} labels={{ copy: t("copy"), copied: t("copied") }} />
      </div>
    </Alert>
  );
}
