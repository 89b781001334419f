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
import { dateFormatterFor } from "@/lib/i18n/formatter";
import { textDirection } from "@/lib/i18n/languages";
import { getActivePersonalLink } from "@/lib/links/personal-links";
import { getLetterheadSettings } from "@/lib/municipalities/letterhead-settings";

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
  const [link, municipality] = await Promise.all([
    getActivePersonalLink(db, { municipalityId: user.municipalityId, arrivalId }),
    getLetterheadSettings(db, user.municipalityId),
  ]);
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
  const validUntil = dateFormatterFor(arrival.packetLanguage).dateTime(link.expiresAt, { dateStyle: "long" });
  const contact = municipality
    ? [`${municipality.addressLine}, ${municipality.postalCode} ${municipality.city}`, municipality.phone, municipality.email, municipality.website].filter(
        Boolean,
      )
    : [];
  return (
    <>
      {back}
      <div className="print-link" lang={arrival.packetLanguage} dir={textDirection(arrival.packetLanguage)}>
        <h1>{printed("title", { name: `${arrival.givenName} ${arrival.familyName}` })}</h1>
        <p className="print-link-municipality">{municipality?.letterName}</p>
        <p>{printed("intro")}</p>
        <div className="packet-qr">
          <QrCodeSvg text={url} label={printed("qrLabel")} />
        </div>
        <p className="personal-link-url" dir="ltr">
          {url}
        </p>
        <p>
          <strong>{printed("validUntil", { date: validUntil })}</strong>
        </p>
        <p>{printed("opens", { municipality: municipality?.letterName ?? "" })}</p>
        <p>{printed("keepSafe")}</p>
        {contact.length > 0 && (
          <section aria-labelledby="print-link-contact">
            <h2 id="print-link-contact" className="h3">
              {printed("contactHeading")}
            </h2>
            <p>
              {municipality?.letterName}
              {contact.map((line) => (
                <span key={line} className="print-link-contact-line" dir="auto">
                  {line}
                </span>
              ))}
            </p>
          </section>
        )}
      </div>
      <PrintButton label={t("print")} />
    </>
  );
}
