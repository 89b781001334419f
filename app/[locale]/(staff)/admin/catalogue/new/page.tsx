import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StepSettingsForm } from "@/components/catalogue/StepSettingsForm";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { BackLink } from "@/components/ui/BackLink";
import { requireUser } from "@/lib/auth/require-user";
import { addLocalStepAction } from "@/lib/catalogue/step-settings-actions";
import { settingsToFormValues } from "@/lib/catalogue/step-settings-form";
import { db } from "@/lib/db";
import { listOffices } from "@/lib/municipalities/offices";
import { OPEN_RULE } from "@/lib/steps/step-definition";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("stepRules.page"))("titleNew") };
}

/** The administrator adds a step of the municipality's own: its Danish text, who gets it, by when, where. */
export default async function NewStepPage() {
  const user = await requireUser({ role: "ADMIN" });
  const [offices, t] = await Promise.all([listOffices(db, user.municipalityId), getTranslations("stepRules.page")]);
  const initial = {
    ...settingsToFormValues({ isActive: true, section: "everyday", position: 100, placeId: null, rules: [OPEN_RULE], deadline: { kind: "none" } }),
    title: "",
    body: "",
  };
  return (
    <>
      <BackLink href="/admin/catalogue">{t("backToCatalogue")}</BackLink>
      <h1>{t("titleNew")}</h1>
      <p className="font-lead">{t("introNew")}</p>
      <ClientMessages namespaces={["stepRules", "residenceBasis", "common"]}>
        <StepSettingsForm action={addLocalStepAction} initial={initial} offices={offices} />
      </ClientMessages>
    </>
  );
}
