"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import type { TActionResult } from "@/lib/forms/action-result";
import { asFormData } from "@/lib/forms/form-data";
import { retryableAction } from "@/lib/forms/retryable";
import { redirect } from "@/lib/i18n/navigation";
import { createLocalStep, updateStepSettings, ZLocalStepText } from "./step-settings";
import { parseStepSettingsForm, readStepSettingsForm, type TStepSettingsFormValues } from "./step-settings-form";

export type TStepSettingsValues = TStepSettingsFormValues & { title?: string; body?: string };
/** `errors`: per rule or part of the form ("rules.0.age", "deadline", "title"), what is wrong, in the administrator's language. */
export type TStepSettingsFormState = TActionResult<TStepSettingsValues, { savedAt: string; values: TStepSettingsValues }, { errors: Record<string, string> }>;

const refused = (message: string, values: TStepSettingsValues, errors: Record<string, string> = {}): TStepSettingsFormState => ({
  ok: false,
  fieldErrors: {},
  message,
  values,
  errors,
});

async function failedToSave(received: FormData): Promise<TStepSettingsFormState> {
  return refused((await getTranslations("common"))("saveFailed"), readStepSettingsForm(asFormData(received)));
}

/** Saves a step's rules, deadline, place, group and order, and whether it is on. */
export async function saveStepSettingsAction(_previous: TStepSettingsFormState, received: FormData): Promise<TStepSettingsFormState> {
  return retryableAction(
    "catalogue.rules",
    async () => {
      const user = await requireUser({ role: "ADMIN" });
      const formData = asFormData(received);
      const t = await getTranslations("stepRules.errors");
      const values = readStepSettingsForm(formData);
      const stepId = z.uuid().safeParse(formData.get("stepId"));
      if (!stepId.success) return refused(t("notFound"), values);
      const parsed = parseStepSettingsForm(values);
      if (!parsed.ok) return refused(t("fixFields"), values, translated(parsed.errors, t));
      const outcome = await updateStepSettings(db, { user, stepId: stepId.data, settings: parsed.settings });
      if (outcome !== "saved") return refused(t(outcome === "not-found" ? "notFound" : "placeNotFound"), values);
      revalidatePath("/[locale]/admin/catalogue", "layout");
      return { ok: true, savedAt: new Date().toISOString(), values };
    },
    () => failedToSave(received),
  );
}

/** Adds the municipality's own step with its Danish text and settings, then opens it. */
export async function addLocalStepAction(_previous: TStepSettingsFormState, received: FormData): Promise<TStepSettingsFormState> {
  return retryableAction(
    "catalogue.add",
    async () => {
      const user = await requireUser({ role: "ADMIN" });
      const formData = asFormData(received);
      const t = await getTranslations("stepRules.errors");
      const values: TStepSettingsValues = {
        ...readStepSettingsForm(formData),
        title: String(formData.get("title") ?? "").slice(0, 400),
        body: String(formData.get("body") ?? "").slice(0, 10_000),
      };
      const text = ZLocalStepText.safeParse({ title: values.title, body: values.body });
      const parsed = parseStepSettingsForm(values);
      const textErrors = text.success
        ? {}
        : Object.fromEntries(
            text.error.issues.map((issue) => [
              String(issue.path[0]),
              t(issue.message === "tooLong" || issue.message === "invalidCharacters" ? issue.message : "required"),
            ]),
          );
      if (!parsed.ok || !text.success) return refused(t("fixFields"), values, { ...textErrors, ...(parsed.ok ? {} : translated(parsed.errors, t)) });
      const created = await createLocalStep(db, { user, settings: parsed.settings, text: text.data });
      if (!created) return refused(t("placeNotFound"), values);
      revalidatePath("/[locale]/admin/catalogue", "layout");
      return redirect({ href: `/admin/catalogue/${created.stepId}?added=1`, locale: await getLocale() });
    },
    () => failedToSave(received),
  );
}

function translated(errors: Record<string, string>, t: Awaited<ReturnType<typeof getTranslations<"stepRules.errors">>>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([path, code]) => [path, t(code as "noRule" | "ageOpen" | "ageOrder" | "stayOrder" | "invalid")]));
}
