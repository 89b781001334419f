import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { PacketView } from "@/components/packet/PacketView";
import { QrCodeSvg } from "@/components/packet/QrCodeSvg";
import { BackLink } from "@/components/ui/BackLink";
import { auditAs } from "@/lib/audit/record-audit-event";
import { recordRefusedAccess } from "@/lib/audit/record-refused-access";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import { ZPacketLanguage } from "@/lib/i18n/languages";
import type { TLocale } from "@/lib/i18n/routing";
import { getDateFormatter } from "@/lib/i18n/server-formatter";
import { buildCurrentPacket } from "@/lib/packet/packet-service";
import { getStepProgress } from "@/lib/progress/step-progress";

type TProps = { params: Promise<{ locale: TLocale; arrivalId: string }>; searchParams: Promise<{ language?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("packetUi"))("previewTitle") };
}

/** The caseworker's view of the accessible web packet, with the newcomer's ticks read-only. */
export default async function PacketPreviewPage({ params, searchParams }: TProps) {
  const { locale, arrivalId } = await params;
  const user = await requireUser({ role: "CASEWORKER" });
  const language = ZPacketLanguage.catch(locale).parse((await searchParams).language);
  if (!z.uuid().safeParse(arrivalId).success) notFound();
  const target = { municipalityId: user.municipalityId, arrivalId };
  const packet = await buildCurrentPacket(db, { ...target, language });
  if (!packet) {
    await recordRefusedAccess(db, { user, arrivalId, purpose: "packet-preview" });
    notFound();
  }
  await auditAs(db, user, {
    action: "arrival.view",
    entityType: "arrival",
    entityId: arrivalId,
    metadata: { purpose: "packet-preview", language },
  });
  // The steps' states are part of the packet: in its language, as the newcomer's page words them.
  const [t, inPacket, packetFormat, progress] = await Promise.all([
    getTranslations("packetUi"),
    getTranslations({ locale: language, namespace: "newcomer" }),
    getDateFormatter(language),
    getStepProgress(db, target),
  ]);
  return (
    <>
      <div className="no-print">
        <BackLink href={`/arrivals/${arrivalId}`}>{(await getTranslations("packetUi"))("backToArrival")}</BackLink>
        <p className="font-lead">{t("previewIntro")}</p>
      </div>
      <PacketView
        packet={packet}
        qrCodeSvg={packet.link.url ? <QrCodeSvg text={packet.link.url} label={t("qrLabel")} /> : null}
        renderStepStatus={(step) => {
          const tick = progress.get(step.id);
          const date = tick ? packetFormat.dateTime(tick.completedAt, { dateStyle: "medium" }) : "";
          return <p className="step-status">{tick ? `✓ ${inPacket(tick.isAtCounter ? "doneAtCounter" : "doneOn", { date })}` : inPacket("notDoneYet")}</p>;
        }}
      />
    </>
  );
}
