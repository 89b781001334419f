"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { assignArrival, ZAssignArrivalInput } from "@/lib/arrivals/assign-arrival";
import { recordCprRegistration, ZRecordCprInput } from "@/lib/arrivals/record-cpr-registration";
import { recordMemberCpr, ZRecordMemberCprInput } from "@/lib/arrivals/record-member-cpr";
import { recordRefusedAccess } from "@/lib/audit/record-refused-access";
import type { TActingUser } from "@/lib/auth/acting-user";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { asFormData } from "@/lib/forms/form-data";
import { ZPacketLanguage } from "@/lib/i18n/languages";
import { redirect } from "@/lib/i18n/navigation";
import { issuePersonalLink, revokePersonalLinks } from "@/lib/links/personal-links";
import { getOfferedLanguages } from "@/lib/municipalities/offered-languages";
import { languagesGivenOut } from "@/lib/packet/languages-given-out";
import { generateWelcomePacket, listGeneratedPackets } from "@/lib/packet/packet-service";
import { setReminderConsent } from "@/lib/reminders/reminder-consent";
import { remindNowIfDue } from "@/lib/reminders/run-reminders";
import type { TArrivalNotice } from "./arrival-notices";

const ZArrivalTarget = z.object({ arrivalId: z.uuid() });
const ZGenerate = ZArrivalTarget.extend({ language: ZPacketLanguage });
/** A new link, and (when the caseworker asks for it in the same confirmation) the packets already given out made again with it. */
const ZReissue = ZArrivalTarget.extend({ regenerate: z.literal("packets").nullable() });

/** Bad input or another municipality's id: back to the arrival with a notice, nothing changed. */
async function backTo(arrivalId: string | null, notice: TArrivalNotice) {
  const locale = await getLocale();
  return redirect({ href: arrivalId ? `/arrivals/${arrivalId}?notice=${notice}` : "/arrivals", locale });
}

/** Not this caseworker's arrival: recorded, then the same answer as for bad input. */
async function refused(user: TActingUser, arrivalId: string, purpose: string) {
  await recordRefusedAccess(db, { user, arrivalId, purpose });
  return backTo(null, "invalid");
}

export async function generatePacketAction(received: FormData) {
  const user = await requireUser({ role: "CASEWORKER" });
  const formData = asFormData(received);
  const input = ZGenerate.safeParse({ arrivalId: formData.get("arrivalId"), language: formData.get("language") });
  if (!input.success) return backTo(null, "invalid");
  if (!(await getOfferedLanguages(db, user.municipalityId)).includes(input.data.language)) return backTo(input.data.arrivalId, "language-not-offered");
  let result: Awaited<ReturnType<typeof generateWelcomePacket>>;
  try {
    result = await generateWelcomePacket(db, { user, arrivalId: input.data.arrivalId, language: input.data.language });
  } catch (error) {
    // Another municipality's arrival: the same answer as every other request for it.
    if (isAppError(error, "NOT_FOUND")) return refused(user, input.data.arrivalId, "packet-generate");
    throw error;
  }
  if (!result) return refused(user, input.data.arrivalId, "packet-generate");
  revalidatePath(`/[locale]/arrivals/${input.data.arrivalId}`, "page");
  return backTo(input.data.arrivalId, result.isNew ? "packet-generated" : "packet-unchanged");
}

export async function reissueLinkAction(received: FormData) {
  const user = await requireUser({ role: "CASEWORKER" });
  const formData = asFormData(received);
  const input = ZReissue.safeParse({ arrivalId: formData.get("arrivalId"), regenerate: formData.get("regenerate") });
  if (!input.success) return backTo(null, "invalid");
  const { arrivalId } = input.data;
  const languages = input.data.regenerate ? await languagesToRegenerate(user.municipalityId, arrivalId) : [];
  try {
    await issuePersonalLink(db, { user, arrivalId });
    // One after another: each packet is rendered on the render pool, and the new link is on every one.
    for (const language of languages) {
      if (!(await generateWelcomePacket(db, { user, arrivalId, language }))) return refused(user, arrivalId, "packet-generate");
    }
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) return refused(user, arrivalId, "link-issue");
    throw error;
  }
  revalidatePath(`/[locale]/arrivals/${arrivalId}`, "page");
  return backTo(arrivalId, languages.length > 0 ? "link-issued-packets-generated" : "link-issued");
}

/** The languages the arrival's packets were given out in and the municipality still offers: each is made again with the new link. */
async function languagesToRegenerate(municipalityId: string, arrivalId: string) {
  const [packets, offered] = await Promise.all([listGeneratedPackets(db, { municipalityId, arrivalId }), getOfferedLanguages(db, municipalityId)]);
  return languagesGivenOut(packets, offered);
}

export async function revokeLinkAction(received: FormData) {
  const user = await requireUser({ role: "CASEWORKER" });
  const formData = asFormData(received);
  const input = ZArrivalTarget.safeParse({ arrivalId: formData.get("arrivalId") });
  if (!input.success) return backTo(null, "invalid");
  try {
    await revokePersonalLinks(db, { user, arrivalId: input.data.arrivalId });
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) return refused(user, input.data.arrivalId, "link-revoke");
    throw error;
  }
  revalidatePath(`/[locale]/arrivals/${input.data.arrivalId}`, "page");
  return backTo(input.data.arrivalId, "link-revoked");
}

/** The caseworker confirms what the newcomer ticked: CPR registration is done, on the day given. */
export async function recordCprAction(received: FormData) {
  const user = await requireUser({ role: "CASEWORKER" });
  const formData = asFormData(received);
  const arrivalId = z.uuid().safeParse(formData.get("arrivalId"));
  if (!arrivalId.success) return backTo(null, "invalid");
  const input = ZRecordCprInput.safeParse({ arrivalId: arrivalId.data, registeredOn: formData.get("registeredOn") });
  if (!input.success) return backTo(arrivalId.data, "cpr-date-invalid");
  let result: Awaited<ReturnType<typeof recordCprRegistration>>;
  try {
    result = await recordCprRegistration(db, { user, ...input.data });
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) return refused(user, input.data.arrivalId, "cpr-record");
    throw error;
  }
  revalidatePath(`/[locale]/arrivals/${input.data.arrivalId}`, "page");
  return backTo(input.data.arrivalId, result.status === "date-invalid" ? "cpr-date-invalid" : "cpr-recorded");
}

/** A household member's CPR registration, recorded at the counter with its day. */
export async function recordMemberCprAction(received: FormData) {
  const user = await requireUser({ role: "CASEWORKER" });
  const formData = asFormData(received);
  const input = ZRecordMemberCprInput.safeParse({
    arrivalId: formData.get("arrivalId"),
    memberId: formData.get("memberId"),
    registeredOn: formData.get("registeredOn"),
  });
  if (!input.success) {
    const arrivalId = z.uuid().safeParse(formData.get("arrivalId"));
    return backTo(arrivalId.success ? arrivalId.data : null, arrivalId.success ? "cpr-date-invalid" : "invalid");
  }
  const outcome = await recordMemberCpr(db, { user, input: input.data });
  if (outcome === "not-found") return refused(user, input.data.arrivalId, "member-cpr-record");
  revalidatePath(`/[locale]/arrivals/${input.data.arrivalId}`, "page");
  return backTo(input.data.arrivalId, outcome === "date-invalid" ? "cpr-date-invalid" : "cpr-recorded");
}

const ZReminderConsent = ZArrivalTarget.extend({ reminders: z.enum(["on", "off"]) });

/** The caseworker records reminder consent the newcomer gave at the counter, or turns reminders off as asked. */
export async function setArrivalRemindersAction(received: FormData) {
  const user = await requireUser({ role: "CASEWORKER" });
  const formData = asFormData(received);
  const input = ZReminderConsent.safeParse({ arrivalId: formData.get("arrivalId"), reminders: formData.get("reminders") });
  if (!input.success) return backTo(null, "invalid");
  const result = await setReminderConsent(db, {
    municipalityId: user.municipalityId,
    arrivalId: input.data.arrivalId,
    isOn: input.data.reminders === "on",
    by: { kind: "caseworker", userId: user.id },
  });
  if (result === "not-found") return refused(user, input.data.arrivalId, "reminders");
  if (result === "on") await remindNowIfDue(db, input.data.arrivalId);
  revalidatePath(`/[locale]/arrivals/${input.data.arrivalId}`, "page");
  return backTo(input.data.arrivalId, result === "no-email" ? "reminders-no-email" : `reminders-${result}`);
}

/** Another caseworker follows the household up from now on (or the same one, which changes nothing). */
export async function assignArrivalAction(received: FormData) {
  const user = await requireUser({ role: "CASEWORKER" });
  const formData = asFormData(received);
  const arrivalId = z.uuid().safeParse(formData.get("arrivalId"));
  if (!arrivalId.success) return backTo(null, "invalid");
  // Nobody chosen (or a made-up choice): back to the arrival, asked to choose one of those offered.
  const input = ZAssignArrivalInput.safeParse({ arrivalId: arrivalId.data, assigneeId: formData.get("assigneeId") });
  if (!input.success) return backTo(arrivalId.data, "assignee-invalid");
  const outcome = await assignArrival(db, { user, input: input.data });
  if (outcome === "not-found") return refused(user, input.data.arrivalId, "assign");
  revalidatePath(`/[locale]/arrivals/${input.data.arrivalId}`, "page");
  return backTo(input.data.arrivalId, outcome === "not-assignable" ? "assignee-invalid" : "assigned");
}
