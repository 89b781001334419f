import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { MergeComparison } from "@/components/arrivals/MergeComparison";
import { Alert } from "@/components/ui/Alert";
import { BackLink } from "@/components/ui/BackLink";
import { getArrival } from "@/lib/arrivals/get-arrival";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import type { TLocale } from "@/lib/i18n/routing";
import { getDateFormatter } from "@/lib/i18n/server-formatter";

type TProps = {
  params: Promise<{ locale: TLocale; arrivalId: string; otherId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const ZError = z.enum(["confirm", "conflict", "invalid"]).optional().catch(undefined);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mergeArrivals"))("title") };
}

/** Two records of one household compared before they are merged into the first. */
export default async function MergeArrivalsPage({ params, searchParams }: TProps) {
  const { locale, arrivalId, otherId } = await params;
  const user = await requireUser({ role: "CASEWORKER" });
  if (!z.uuid().safeParse(arrivalId).success || !z.uuid().safeParse(otherId).success || arrivalId === otherId) notFound();
  const kept = await getArrival(db, { user, arrivalId, purpose: "merge" });
  const other = kept ? await getArrival(db, { user, arrivalId: otherId, purpose: "merge" }) : null;
  if (!kept || !other) notFound();
  const error = ZError.parse((await searchParams).error);
  const [t, format] = await Promise.all([getTranslations("mergeArrivals"), getDateFormatter()]);
  const registered = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <BackLink href={`/arrivals/${kept.id}`}>{t("back")}</BackLink>
      <h1>{t("title")}</h1>
      {error ? (
        <Alert variant="error" role="alert">
          <p className="alert-text">{t(`errors.${error}`)}</p>
        </Alert>
      ) : null}
      <p className="font-lead">
        {t("intro", {
          kept: `${kept.givenName} ${kept.familyName}`,
          keptRegistered: registered(kept.createdAt),
          other: `${other.givenName} ${other.familyName}`,
          otherRegistered: registered(other.createdAt),
        })}
      </p>
      <p>{t("whatHappens")}</p>
      <p>
        <a href={`/${locale}/arrivals/${other.id}/merge/${kept.id}`}>{t("swap")}</a>
      </p>
      <MergeComparison kept={kept} other={other} locale={locale} />
    </>
  );
}
