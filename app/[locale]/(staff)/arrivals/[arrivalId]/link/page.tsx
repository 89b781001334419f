import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { PrintButton } from "@/components/arrivals/PrintButton";
import { QrCodeSvg } from "@/components/packet/QrCodeSvg";
import { BackLink } from "@/components/ui/BackLink";
import { personalLinkUrl } from "@/lib/app-url";
import { getArrival } from "@/lib/arrivals/get-arrival";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import { textDirection } from "@/lib/i18n/languages";
import { getActivePersonalLink } from "@/lib/links/personal-links";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("packetUi"))("linkTitle") };
}

/**
 * A printable page with the personal link and its QR code, to hand to the newcomer: what is printed
 * speaks the newcomer's packet language; the way back and the print button speak the caseworker's.
 */
export default async function PrintLinkPage({ params }: { params: Promise<{ arrivalId: string }> }) {
  const { arrivalId } = await params;
  const user = await requireUser({ role: "CASEWORKER" });
  if (!z.uuid().safeParse(arrivalId).success) notFound();
  const arrival = await getArrival(db, { user, arrivalId, purpose: "print-link" });
  if (!arrival) notFound();
  const link = await getActivePersonalLink(db, { municipalityId: user.municipalityId, arrivalId });
  const [t, printed] = await Promise.all([getTranslations("packetUi"), getTranslations({ locale: arrival.packetLanguage, namespace: "printedLink" })]);
  const back = (
    <BackLink href={`/arrivals/${arrivalId}`} className="no-print">
      {t("backToArrival")}
    </BackLink>
  );
  if (!link)
    return (
      <>
        {back}
        <p>{t("noLink")}</p>
      </>
    );
  const url = personalLinkUrl(arrival.packetLanguage, link.token);
  return (
    <>
      {back}
      <div className="print-link" lang={arrival.packetLanguage} dir={textDirection(arrival.packetLanguage)}>
        <h1>{printed("title", { name: `${arrival.givenName} ${arrival.familyName}` })}</h1>
        <p>{printed("intro")}</p>
        <div className="packet-qr">
          <QrCodeSvg text={url} label={printed("qrLabel")} />
        </div>
        <p className="personal-link-url" dir="ltr">
          {url}
        </p>
      </div>
      <PrintButton label={t("print")} />
    </>
  );
}
