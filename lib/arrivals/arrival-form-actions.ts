"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { createArrival } from "@/lib/arrivals/create-arrival";
import { arrivalInputFromFormData } from "@/lib/arrivals/form-data";
import { fieldErrorsFrom, type TArrivalFormInput, type TFieldErrors, ZArrivalFormSchema } from "@/lib/arrivals/schemas";
import { updateArrival } from "@/lib/arrivals/update-arrival";
import { recordRefusedAccess } from "@/lib/audit/record-refused-access";
import type { TActingUser } from "@/lib/auth/acting-user";
import { requireUser } from "@/lib/auth/require-user";
import { toIsoDate } from "@/lib/dates/iso-date";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import type { TActionResult } from "@/lib/forms/action-result";
import { asFormData } from "@/lib/forms/form-data";
import { retryableAction } from "@/lib/forms/retryable";
import type { TPacketLanguage } from "@/lib/i18n/languages";
import { redirect } from "@/lib/i18n/navigation";
import { getOfferedLanguages } from "@/lib/municipalities/offered-languages";

/** A save that works goes on to the arrival's page (a redirect); only a refusal comes back to the form. */
export type TArrivalFormState = TActionResult<
  TArrivalFormInput,
  object,
  {
    /** Keyed by the field's path ("children.0.givenName"), the children's nested fields included. */
    fieldErrors: TFieldErrors;
    duplicates?: { id: string; name: string; arrivalDate: string }[];
    /** The version the next save names: after a conflict the one now stored, so a second, deliberate save can overwrite it. */
    currentVersion?: number;
  }
>;

const ZCreateMeta = z.object({ creationKey: z.uuid(), confirmDuplicate: z.enum(["yes"]).optional() });
const ZUpdateMeta = z.object({ arrivalId: z.uuid(), version: z.coerce.number().int().min(1), confirmDuplicate: z.enum(["yes"]).optional() });

const duplicateLinks = (duplicates: { id: string; givenName: string; familyName: string; arrivalDate: Date }[]) =>
  duplicates.map((d) => ({ id: d.id, name: `${d.givenName} ${d.familyName}`, arrivalDate: toIsoDate(d.arrivalDate) }));

async function validate(formData: FormData) {
  const values = arrivalInputFromFormData(formData);
  const parsed = ZArrivalFormSchema.safeParse(values);
  const t = await getTranslations("arrivalForm");
  return { values, parsed, t };
}

/** The packet's language must be one the municipality offers (an arrival kept in one no longer offered gets an offered one when edited). */
async function languageErrors(user: TActingUser, packetLanguage: TPacketLanguage): Promise<TFieldErrors | null> {
  const offered = await getOfferedLanguages(db, user.municipalityId);
  return offered.includes(packetLanguage) ? null : { packetLanguage: "languageNotOffered" };
}

/** The form as typed, with the note that the save can be tried again (the database was away). */
async function saveFailed(received: unknown): Promise<TArrivalFormState> {
  const values = arrivalInputFromFormData(asFormData(received));
  return { ok: false, values, fieldErrors: {}, message: (await getTranslations("common"))("saveFailed") };
}

export async function createArrivalAction(previous: TArrivalFormState, received: FormData): Promise<TArrivalFormState> {
  return retryableAction(
    "arrival.create",
    () => createArrivalOrExplain(previous, received),
    () => saveFailed(received),
  );
}

export async function updateArrivalAction(previous: TArrivalFormState, received: FormData): Promise<TArrivalFormState> {
  return retryableAction(
    "arrival.update",
    () => updateArrivalOrExplain(previous, received),
    () => saveFailed(received),
  );
}

async function createArrivalOrExplain(_previous: TArrivalFormState, received: FormData): Promise<TArrivalFormState> {
  const user = await requireUser({ role: "CASEWORKER" });
  const formData = asFormData(received);
  const { values, parsed, t } = await validate(formData);
  const meta = ZCreateMeta.safeParse({ creationKey: formData.get("creationKey"), confirmDuplicate: formData.get("confirmDuplicate") ?? undefined });
  if (!meta.success) return { ok: false, values, fieldErrors: {}, message: t("reloadForm") };
  if (!parsed.success) return { ok: false, values, fieldErrors: fieldErrorsFrom(parsed.error), message: t("fixFields") };
  const notOffered = await languageErrors(user, parsed.data.packetLanguage);
  if (notOffered) return { ok: false, values, fieldErrors: notOffered, message: t("fixFields") };

  const result = await createArrival(db, {
    user,
    form: parsed.data,
    creationKey: meta.data.creationKey,
    isDuplicateConfirmed: meta.data.confirmDuplicate === "yes",
  });
  if (result.status === "likely-duplicate")
    return { ok: false, values, fieldErrors: {}, message: t("likelyDuplicate"), duplicates: duplicateLinks(result.duplicates) };
  revalidatePath("/[locale]/arrivals", "layout");
  return redirect({ href: `/arrivals/${result.arrivalId}?saved=1`, locale: await getLocale() });
}

async function updateArrivalOrExplain(_previous: TArrivalFormState, received: FormData): Promise<TArrivalFormState> {
  const user = await requireUser({ role: "CASEWORKER" });
  const formData = asFormData(received);
  const { values, parsed, t } = await validate(formData);
  const meta = ZUpdateMeta.safeParse({
    arrivalId: formData.get("arrivalId"),
    version: formData.get("version"),
    confirmDuplicate: formData.get("confirmDuplicate") ?? undefined,
  });
  if (!meta.success) return { ok: false, values, fieldErrors: {}, message: t("reloadForm") };
  if (!parsed.success) return { ok: false, values, fieldErrors: fieldErrorsFrom(parsed.error), message: t("fixFields") };
  const notOffered = await languageErrors(user, parsed.data.packetLanguage);
  if (notOffered) return { ok: false, values, fieldErrors: notOffered, message: t("fixFields") };

  try {
    const { arrivalId, version, confirmDuplicate } = meta.data;
    const result = await updateArrival(db, { user, arrivalId, form: parsed.data, expectedVersion: version, isDuplicateConfirmed: confirmDuplicate === "yes" });
    if (result.status === "conflict") {
      return { ok: false, values, fieldErrors: {}, message: t("conflict"), currentVersion: result.storedVersion };
    }
    if (result.status === "likely-duplicate") {
      return { ok: false, values, fieldErrors: {}, message: t("likelyDuplicate"), duplicates: duplicateLinks(result.duplicates), currentVersion: version };
    }
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) {
      await recordRefusedAccess(db, { user, arrivalId: meta.data.arrivalId, purpose: "edit" });
      return { ok: false, values, fieldErrors: {}, message: t("notFound") };
    }
    throw error;
  }
  revalidatePath("/[locale]/arrivals", "layout");
  return redirect({ href: `/arrivals/${meta.data.arrivalId}?saved=1`, locale: await getLocale() });
}
