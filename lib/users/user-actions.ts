"use server";

import { revalidatePath } from "next/cache";
import { hasLocale } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { z } from "zod";
import { setPasswordUrl } from "@/lib/app-url";
import type { TSessionUser } from "@/lib/auth/acting-user";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import type { TActionResult } from "@/lib/forms/action-result";
import { firstErrorPerField } from "@/lib/forms/field-errors";
import { asFormData } from "@/lib/forms/form-data";
import { redirect } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { mailSetPasswordLink, type TSetPasswordMailOutcome } from "@/lib/users/mail-set-password-link";
import { changeStaffRole, createStaffUser, newSetupLink, setStaffUserActive, type TUserChangeResult } from "@/lib/users/manage-staff-users";
import { ZNewStaffUser, ZRoleChange, ZUserTarget } from "@/lib/users/schemas";

type TNewUserValues = { name: string; email: string; role: string };
type TIssuedLink = { name: string; link: string; mail: TSetPasswordMailOutcome; email: string };
export type TNewUserState = TActionResult<TNewUserValues, TIssuedLink>;

const LIMITS = { name: 200, email: 254, role: 0 } as const;

/** An administrator creates a staff user of their municipality; the set-password link is shown once. */
export async function createUserAction(_previous: TNewUserState, received: FormData): Promise<TNewUserState> {
  const admin = await requireUser({ role: "ADMIN" });
  const formData = asFormData(received);
  const [t, locale] = await Promise.all([getTranslations("users.errors"), getLocale()]);
  const values = { name: String(formData.get("name") ?? ""), email: String(formData.get("email") ?? ""), role: String(formData.get("role") ?? "") };
  const parsed = ZNewStaffUser.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error, t), message: t("fixFields"), values };
  const result = await createStaffUser(db, { admin, user: parsed.data });
  if (result.status === "email-taken") return { ok: false, fieldErrors: { email: t("emailTaken") }, message: t("fixFields"), values };
  revalidatePath(`/${locale}/admin`);
  const link = setPasswordUrl(locale, result.token);
  const mail = await mailLinkTo(admin, { name: parsed.data.name, email: parsed.data.email }, link, locale);
  return { ok: true, name: parsed.data.name, link, mail, email: parsed.data.email };
}

/** The link by e-mail too, when mail is configured; the administrator still sees it, to hand over should the e-mail not arrive. */
async function mailLinkTo(admin: TSessionUser, user: { name: string; email: string }, link: string, requestLocale: string) {
  const locale = hasLocale(routing.locales, requestLocale) ? requestLocale : routing.defaultLocale;
  const common = await getTranslations({ locale, namespace: "common" });
  const municipality = { ...admin.municipality, name: common("municipality", { name: admin.municipality.name }) };
  return mailSetPasswordLink({ to: user.email, name: user.name, municipality, link, locale });
}

const FIELD_ERRORS = ["required", "tooLong", "emailInvalid", "roleInvalid", "invalidCharacters"] as const;
const isFieldError = (message: string): message is (typeof FIELD_ERRORS)[number] => (FIELD_ERRORS as readonly string[]).includes(message);

function fieldErrorsOf(error: z.ZodError, t: Awaited<ReturnType<typeof getTranslations<"users.errors">>>) {
  return firstErrorPerField<keyof TNewUserValues>(error, (message, field) => t(isFieldError(message) ? message : "required", { max: LIMITS[field] ?? 0 }));
}

export type TSetupLinkState = TActionResult<{ userId?: string }, TIssuedLink>;

/** A new set-password link for a user of the administrator's municipality; earlier links stop working. */
export async function newSetupLinkAction(_previous: TSetupLinkState, received: FormData): Promise<TSetupLinkState> {
  const admin = await requireUser({ role: "ADMIN" });
  const formData = asFormData(received);
  const [t, locale] = await Promise.all([getTranslations("users.notices"), getLocale()]);
  const input = ZUserTarget.safeParse({ userId: formData.get("userId") });
  if (!input.success) return { ok: false, fieldErrors: {}, message: t("invalid"), values: {} };
  const user = await db.user.findFirst({ where: { id: input.data.userId, municipalityId: admin.municipalityId }, select: { name: true, email: true } });
  const result = user ? await newSetupLink(db, { admin, userId: input.data.userId }) : ({ status: "not-found" } as const);
  if (result.status !== "issued" || !user) return { ok: false, fieldErrors: {}, message: t("invalid"), values: {} };
  const link = setPasswordUrl(locale, result.token);
  return { ok: true, name: user.name, link, mail: await mailLinkTo(admin, user, link, locale), email: user.email };
}

const NOTICE_OF: Record<TUserChangeResult["status"], string> = { done: "", "not-found": "invalid", "last-admin": "last-admin", unchanged: "unchanged" };

async function backToUser(userId: string | null, notice: string) {
  const locale = await getLocale();
  revalidatePath(`/${locale}/admin`);
  return redirect({ href: userId ? `/admin/users/${userId}?notice=${notice}` : `/admin?notice=${notice}`, locale });
}

export async function changeRoleAction(received: FormData) {
  const admin = await requireUser({ role: "ADMIN" });
  const formData = asFormData(received);
  const input = ZRoleChange.safeParse({ userId: formData.get("userId"), role: formData.get("role") });
  if (!input.success) return backToUser(ZUserTarget.safeParse({ userId: formData.get("userId") }).data?.userId ?? null, "invalid");
  const result = await changeStaffRole(db, { admin, ...input.data });
  return backToUser(result.status === "not-found" ? null : input.data.userId, NOTICE_OF[result.status] || "role-changed");
}

export async function setUserActiveAction(received: FormData) {
  const admin = await requireUser({ role: "ADMIN" });
  const formData = asFormData(received);
  const input = ZUserTarget.safeParse({ userId: formData.get("userId") });
  const isActive = formData.get("active") === "yes";
  if (!input.success) return backToUser(null, "invalid");
  const result = await setStaffUserActive(db, { admin, userId: input.data.userId, isActive });
  return backToUser(result.status === "not-found" ? null : input.data.userId, NOTICE_OF[result.status] || (isActive ? "reactivated" : "deactivated"));
}
