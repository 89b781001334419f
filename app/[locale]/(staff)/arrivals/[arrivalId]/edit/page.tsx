import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ArrivalForm } from "@/components/arrivals/ArrivalForm";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { updateArrivalAction } from "@/lib/arrivals/arrival-form-actions";
import { arrivalToFormInput } from "@/lib/arrivals/form-values";
import { getArrival } from "@/lib/arrivals/get-arrival";
import { requireUser } from "@/lib/auth/require-user";
import { countryOptions } from "@/lib/countries/country-options";
import { db } from "@/lib/db";
import type { TLocale } from "@/lib/i18n/routing";
import { getOfferedLanguages } from "@/lib/municipalities/offered-languages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("arrivalForm"))("editTitle") };
}

export default async function EditArrivalPage({ params }: { params: Promise<{ locale: TLocale; arrivalId: string }> }) {
  const { locale, arrivalId } = await params;
  const user = await requireUser({ role: "CASEWORKER" });
  if (!z.uuid().safeParse(arrivalId).success) notFound();
  const arrival = await getArrival(db, { user, arrivalId, purpose: "edit" });
  if (!arrival) notFound();
  const [t, packetLanguages] = await Promise.all([getTranslations("arrivalForm"), getOfferedLanguages(db, user.municipalityId)]);
  return (
    <>
      <h1>
        {t("editTitle")}: {arrival.givenName} {arrival.familyName}
      </h1>
      <ClientMessages namespaces={["arrivalForm", "residenceBasis"]}>
        <ArrivalForm
          action={updateArrivalAction}
          initialValues={arrivalToFormInput(arrival)}
          countries={countryOptions(locale)}
          packetLanguages={packetLanguages}
          cancelHref={`/arrivals/${arrival.id}`}
          hidden={{ arrivalId: arrival.id, version: String(arrival.version) }}
        />
      </ClientMessages>
    </>
  );
}
