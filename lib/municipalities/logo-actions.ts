"use server";

import { getLocale } from "next-intl/server";
import { z } from "zod";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import { asFormData } from "@/lib/forms/form-data";
import { redirect } from "@/lib/i18n/navigation";
import { logEvent } from "@/lib/log/log-event";
import { renderLogoOffThread } from "@/lib/municipalities/logo-render";
import { removeMunicipalityLogo, saveMunicipalityLogo } from "@/lib/municipalities/municipality-logo";

const ZLogoUpload = z.object({ logo: z.instanceof(File, { error: "logoMissing" }) });

/** The letterhead's logo: an SVG or PNG upload, rendered to a PNG before anything is kept. */
export async function saveLogoAction(received: FormData) {
  const admin = await requireUser({ role: "ADMIN" });
  const locale = await getLocale();
  const back = (outcome: string) => redirect({ href: `/admin/settings?logo=${outcome}#logo`, locale });
  const upload = ZLogoUpload.safeParse({ logo: asFormData(received).get("logo") });
  if (!upload.success) return back("logoMissing");
  const rendered = await renderLogoOffThread(new Uint8Array(await upload.data.logo.arrayBuffer()));
  if (!rendered.ok) return back(rendered.error);
  try {
    await saveMunicipalityLogo(db, { admin, logo: rendered.logo });
  } catch (error) {
    logEvent("error", "action-failed", { action: "municipality.logo", error });
    return back("failed");
  }
  return back("saved");
}

export async function removeLogoAction() {
  const admin = await requireUser({ role: "ADMIN" });
  const locale = await getLocale();
  const back = (outcome: string) => redirect({ href: `/admin/settings?logo=${outcome}#logo`, locale });
  try {
    await removeMunicipalityLogo(db, { admin });
  } catch (error) {
    logEvent("error", "action-failed", { action: "municipality.logo", error });
    return back("failed");
  }
  return back("removed");
}
