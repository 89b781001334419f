import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { EraseForm } from "@/components/people/EraseForm";
import { BackLink } from "@/components/ui/BackLink";
import { getArrival } from "@/lib/arrivals/get-arrival";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import type { TLocale } from "@/lib/i18n/routing";

type TProps = { params: Promise<{ locale: TLocale; arrivalId: string }>; searchParams: Promise<{ confirm?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("personData"))("title") };
}

/** The confirmation of an export or an erasure: the second click, which names the person. */
export default async function PersonRequestPage({ params, searchParams }: TProps) {
  const { arrivalId } = await params;
  const user = await requireUser({ role: "ADMIN" });
  if (!z.uuid().safeParse(arrivalId).success) notFound();
  const arrival = await getArrival(db, { user, arrivalId, purpose: "rights-request" });
  if (!arrival) notFound();
  const confirm = (await searchParams).confirm === "erase" ? "erase" : "export";
  const t = await getTranslations("personData");
  const name = `${arrival.givenName} ${arrival.familyName}`;
  return (
    <>
      <BackLink href="/admin/people">{t("back")}</BackLink>
      {confirm === "export" ? (
        <>
          <h1>{t("exportTitle", { name })}</h1>
          <p>{t("exportText")}</p>
          <a href={`/api/people/${arrival.id}/export`} className="button button-primary" download>
            {t("exportConfirm", { name })}
          </a>
        </>
      ) : (
        <>
          <h1>{t("eraseTitle", { name })}</h1>
          <p>{t("eraseText", { name })}</p>
          <ClientMessages namespaces={["personData"]}>
            <EraseForm arrivalId={arrival.id} name={name} />
          </ClientMessages>
        </>
      )}
    </>
  );
}
