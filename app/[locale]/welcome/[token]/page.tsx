import type { Metadata } from "next";
import { headers } from "next/headers";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { InvalidLinkPage } from "@/components/newcomer/InvalidLinkPage";
import { NewcomerHeader } from "@/components/newcomer/NewcomerHeader";
import { RemindersPanel } from "@/components/newcomer/RemindersPanel";
import { StepToggle, type TStepToggleLabels } from "@/components/newcomer/StepToggle";
import { PacketView } from "@/components/packet/PacketView";
import { db } from "@/lib/db";
import type { TLocale } from "@/lib/i18n/routing";
import { clientKeyFrom } from "@/lib/net/client-key";
import { toggleStepAction } from "@/lib/newcomer/newcomer-actions";
import { openWelcomeLink } from "@/lib/newcomer/open-welcome-link";
import { buildCurrentPacket } from "@/lib/packet/packet-service";

type TProps = { params: Promise<{ locale: TLocale; token: string }>; searchParams: Promise<{ reminders?: string }> };

// "same-origin": the token in the address never leaks to other sites, while the checklist forms
// still carry the Origin header that Next.js checks against cross-site form posts ("no-referrer" sends null).
export const metadata: Metadata = { referrer: "same-origin", robots: { index: false, follow: false } };

/** The newcomer's own page: the packet in their language, the PDF, and the checklist. Server-rendered; reads without JavaScript. */
export default async function WelcomePage({ params, searchParams }: TProps) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("newcomer");
  const link = await openWelcomeLink(db, { token, clientKey: clientKeyFrom(await headers()) });
  if (link.status === "refused") {
    return (
      <main id="main-content" className="container page-main">
        <h1>{t("refusedTitle")}</h1>
        <p>{t("refusedText")}</p>
      </main>
    );
  }
  if (link.status === "invalid") return <InvalidLinkPage />;
  const target = { municipalityId: link.municipalityId, arrivalId: link.arrivalId };
  const { progress } = link;
  const packet = await buildCurrentPacket(db, { ...target, language: locale }, { knownState: link.packetState });
  if (!packet) return <InvalidLinkPage />;
  const format = await getFormatter();
  const toggleLabels: TStepToggleLabels = {
    notDoneYet: t("notDoneYet"),
    doneOn: (completedAt) => t("doneOn", { date: format.dateTime(completedAt, { dateStyle: "medium" }) }),
  };
  return (
    <>
      <NewcomerHeader municipality={packet.municipality.letterName} token={token} locale={locale} languages={link.offeredLanguages} />
      <main id="main-content" className="container page-main newcomer-main">
        <p className="no-print">
          <a className="button button-primary" href={`/api/welcome/${token}/packet?language=${locale}`} download>
            {t("downloadPdf")}
          </a>
        </p>
        <RemindersPanel token={token} locale={locale} email={link.reminders.email} isOn={link.reminders.isOn} outcome={(await searchParams).reminders} />
        {/* One form for the whole checklist: each tick button submits its own step. */}
        <form action={toggleStepAction} className="checklist-form">
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <PacketView
            packet={packet}
            renderStepStatus={(step) => <StepToggle stepId={step.id} title={step.title} completedAt={progress.get(step.id) ?? null} labels={toggleLabels} />}
          />
        </form>
      </main>
      <SiteFooter municipality={packet.municipality} />
    </>
  );
}
