import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ArrivalForm } from "@/components/arrivals/ArrivalForm";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { createArrivalAction } from "@/lib/arrivals/arrival-form-actions";
import { emptyArrivalFormInput } from "@/lib/arrivals/form-values";
import { requireUser } from "@/lib/auth/require-user";
import { countryOptions } from "@/lib/countries/country-options";
import { db } from "@/lib/db";
import type { TLocale } from "@/lib/i18n/routing";
import { getOfferedLanguages } from "@/lib/municipalities/offered-languages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("arrivalForm"))("createTitle") };
}

export default async function NewArrivalPage({ params }: { params: Promise<{ locale: TLocale }> }) {
  const { locale } = await params;
  const user = await requireUser({ role: "CASEWORKER" });
  const t = await getTranslations("arrivalForm");
  const [municipality, packetLanguages] = await Promise.all([
    db.municipality.findUniqueOrThrow({ where: { id: user.municipalityId }, select: { postalCode: true, city: true } }),
    getOfferedLanguages(db, user.municipalityId),
  ]);
  return (
    <>
      <h1>{t("createTitle")}</h1>
      <p className="font-lead">{t("intro")}</p>
      <ClientMessages namespaces={["arrivalForm", "residenceBasis"]}>
        <ArrivalForm
          action={createArrivalAction}
          initialValues={emptyArrivalFormInput({ ...municipality, today: new Date(), packetLanguage: packetLanguages[0] ?? "en" })}
          countries={countryOptions(locale)}
          packetLanguages={packetLanguages}
          cancelHref="/arrivals"
          // A fresh key per rendered form: a double-clicked or repeated submit creates one arrival.
          hidden={{ creationKey: randomUUID() }}
        />
      </ClientMessages>
    </>
  );
}
