import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { PacketView } from "@/components/packet/PacketView";
import type { TPacketLanguage } from "@/lib/i18n/languages";
import { getDateFormatter } from "@/lib/i18n/server-formatter";
import { summarizeProgress } from "@/lib/newcomer/progress-summary";
import type { TPacket } from "@/lib/packet/packet-model";
import type { TStepTick } from "@/lib/progress/step-progress";
import { NewcomerHeader } from "./NewcomerHeader";
import { RemindersPanel } from "./RemindersPanel";
import { StepToggle, type TStepToggleLabels } from "./StepToggle";

type TNewcomerPageProps = {
  token: string;
  locale: TPacketLanguage;
  packet: TPacket;
  /** Its municipality's address segment: the footer links its accessibility statement and privacy notice. */
  municipalitySlug: string;
  offeredLanguages: readonly TPacketLanguage[];
  /** When each ticked step was ticked, and whether at the counter. */
  progress: ReadonlyMap<string, TStepTick>;
  reminders: { email: string | null; isOn: boolean; outcome: string | null };
};

/** The newcomer's own page: the packet in their language with its checklist and their progress, then the PDF and reminders. Reads and works without JavaScript. */
export async function NewcomerPage({ token, locale, packet, municipalitySlug, offeredLanguages, progress, reminders }: TNewcomerPageProps) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "newcomer" }), getDateFormatter(locale)]);
  const pageHref = `/${locale}/welcome/${token}`;
  const toggleLabels: TStepToggleLabels = {
    notDoneYet: t("notDoneYet"),
    doneOn: (tick) => t(tick.isAtCounter ? "doneAtCounter" : "doneOn", { date: format.dateTime(tick.completedAt, { dateStyle: "medium" }) }),
  };
  const summary = summarizeProgress(packet, (stepId) => progress.has(stepId));
  return (
    <>
      <NewcomerHeader municipality={packet.municipality.letterName} token={token} locale={locale} languages={offeredLanguages} />
      <main id="main-content" className="container page-main newcomer-main">
        {/* One form for the whole checklist: each tick button submits its own step. The welcome comes
            first, then how far the household has come, the steps; the PDF and reminders after them. */}
        <form action={pageHref} method="post" className="checklist-form">
          <PacketView
            packet={packet}
            isLetterheadShown={false}
            beforeSteps={
              <p className="progress-summary">
                {t("progress", { done: summary.done, total: summary.total })}
                {summary.next ? ` ${t("nextStep", { step: summary.next.title, deadline: summary.next.deadlineLabel })}` : null}
              </p>
            }
            renderStepStatus={(step) => <StepToggle stepId={step.id} title={step.title} tick={progress.get(step.id) ?? null} labels={toggleLabels} />}
          />
        </form>
        <p className="no-print">
          <a className="button button-primary" href={`/api/welcome/${token}/packet?language=${locale}`} download>
            {t("downloadPdf")}
          </a>
        </p>
        <RemindersPanel locale={locale} pageHref={pageHref} email={reminders.email} isOn={reminders.isOn} outcome={reminders.outcome} />
      </main>
      <SiteFooter municipality={{ ...packet.municipality, slug: municipalitySlug }} locale={locale} />
    </>
  );
}
