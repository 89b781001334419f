import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { MarkReviewedForm } from "@/components/catalogue/MarkReviewedForm";
import { StepTextForm } from "@/components/catalogue/StepTextForm";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { Alert } from "@/components/ui/Alert";
import { BackLink } from "@/components/ui/BackLink";
import { requireUser } from "@/lib/auth/require-user";
import { getStepForEditing } from "@/lib/catalogue/get-step-for-editing";
import { toIsoDate } from "@/lib/dates/iso-date";
import { db } from "@/lib/db";
import { ZPacketLanguage } from "@/lib/i18n/languages";

type TProps = { params: Promise<{ locale: string; stepId: string; language: string }>; searchParams: Promise<{ reviewed?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalogue"))("editTitle") };
}

export default async function EditStepTextPage({ params, searchParams }: TProps) {
  const user = await requireUser({ role: "ADMIN" });
  const [{ locale, stepId, language: rawLanguage }, { reviewed }] = await Promise.all([params, searchParams]);
  const language = ZPacketLanguage.safeParse(rawLanguage);
  if (!language.success || !z.uuid().safeParse(stepId).success) notFound();
  const step = await getStepForEditing(db, { municipalityId: user.municipalityId, stepId, language: language.data });
  if (!step) notFound();
  const t = await getTranslations("catalogue");
  const text = step.text;
  return (
    <>
      <BackLink href="/admin/catalogue">{t("back")}</BackLink>
      <h1>
        {t("editTitle")}: {text?.title ?? step.master?.title ?? step.key} ({t(`language.${language.data}`)})
      </h1>
      {reviewed === "1" ? (
        <Alert variant="success" role="status">
          <p className="alert-text">{t("reviewedNotice", { count: 1 })}</p>
        </Alert>
      ) : null}
      {step.status === "outdated" || step.status === "unreviewed" ? (
        <Alert variant={step.status === "outdated" ? "warning" : "info"}>
          <p className="alert-text">{t(step.status === "outdated" ? "outdatedExplanation" : "unreviewedExplanation")}</p>
          <MarkReviewedForm fields={{ language: language.data, stepId: step.id }} locale={locale} label={t("markReviewed")} />
        </Alert>
      ) : null}
      {step.placeName ? (
        <Alert variant="info">
          <p className="alert-text">{t("placeFromOffice", { office: step.placeName })}</p>
        </Alert>
      ) : null}
      {step.master ? (
        <details className="details">
          <summary className="details-summary">{t("showMaster")}</summary>
          <div className="details-text">
            <p>
              <strong>{step.master.title}</strong>
            </p>
            <p>{step.master.body}</p>
          </div>
        </details>
      ) : null}
      <ClientMessages namespaces={["catalogue"]}>
        <StepTextForm
          stepId={step.id}
          language={language.data}
          initialValues={{
            title: text?.title ?? "",
            body: text?.body ?? "",
            whereName: text?.whereName ?? "",
            whereAddress: text?.whereAddress ?? "",
            whereHours: text?.whereHours ?? "",
            wherePhone: text?.wherePhone ?? "",
            whereUrl: text?.whereUrl ?? "",
            sourceUrl: text?.sourceUrl ?? "",
            checkedOn: toIsoDate(text?.checkedOn ?? new Date()),
          }}
        />
      </ClientMessages>
    </>
  );
}
