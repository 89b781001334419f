import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { StepSettingsForm } from "@/components/catalogue/StepSettingsForm";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { Alert } from "@/components/ui/Alert";
import { BackLink } from "@/components/ui/BackLink";
import { requireUser } from "@/lib/auth/require-user";
import { getStepSettings } from "@/lib/catalogue/step-settings";
import { saveStepSettingsAction } from "@/lib/catalogue/step-settings-actions";
import { settingsToFormValues } from "@/lib/catalogue/step-settings-form";
import { db } from "@/lib/db";
import type { TLocale } from "@/lib/i18n/routing";
import { listOffices } from "@/lib/municipalities/offices";
import { createRuleSummaries } from "@/lib/steps/rule-summary";

type TProps = { params: Promise<{ locale: TLocale; stepId: string }>; searchParams: Promise<{ added?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("stepRules.page"))("rules") };
}

/** A step's rules, deadline, place and place in the packet, in plain words and as a form. */
export default async function StepSettingsPage({ params, searchParams }: TProps) {
  const user = await requireUser({ role: "ADMIN" });
  const { locale, stepId } = await params;
  if (!z.uuid().safeParse(stepId).success) notFound();
  const [step, offices, t, query] = await Promise.all([
    getStepSettings(db, { user, stepId }),
    listOffices(db, user.municipalityId),
    getTranslations("stepRules.page"),
    searchParams,
  ]);
  if (!step) notFound();
  const summaries = createRuleSummaries(locale);
  return (
    <>
      <BackLink href="/admin/catalogue">{t("backToCatalogue")}</BackLink>
      <h1>
        {step.title}: {t("rules")}
      </h1>
      <p>
        <span className="badge">{t(step.isBuiltIn ? "builtIn" : "local")}</span>{" "}
        {step.settings.isActive ? null : <span className="badge badge-warning">{t("off")}</span>}
      </p>
      {query.added === "1" ? (
        <Alert variant="success" role="status">
          <p className="alert-text">{t("added")}</p>
        </Alert>
      ) : null}
      <h2>{t("whoGets")}</h2>
      <ul>
        {step.settings.rules.map((rule, index) => (
          <li key={index}>{summaries.rule(rule)}</li>
        ))}
      </ul>
      <h2>{t("due")}</h2>
      <p>{summaries.deadline(step.settings.deadline)}</p>
      <ClientMessages namespaces={["stepRules", "residenceBasis", "common"]}>
        <StepSettingsForm action={saveStepSettingsAction} stepId={step.id} initial={settingsToFormValues(step.settings)} offices={offices} />
      </ClientMessages>
    </>
  );
}
