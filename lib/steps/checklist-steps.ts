import { arrivalVisibleTo } from "@/lib/arrivals/arrival-visibility";
import { danishDayOf } from "@/lib/dates/iso-date";
import type { PrismaClient } from "@/lib/db-client";
import type { TPacketLanguage } from "@/lib/i18n/languages";
import { HOUSEHOLD_RECORD_SELECT, textIn, toRuleHousehold } from "@/lib/packet/load-packet-input";
import { applicableStepId, computeApplicableSteps, stepMemberId, stepTitle } from "@/lib/steps/step-rules";
import { STEP_DEFINITION_SELECT } from "./load-step-definitions";
import { stepContextOf } from "./step-context";

export type TChecklistStep = { id: string; stepKey: string; householdMemberId: string | null; title: string };

/**
 * The steps on a household's checklist, in packet order, with their titles in a language: decided
 * by the step rules over the record and the municipality's active catalogue, without building the
 * whole packet. Null when the arrival is not in the municipality.
 */
export async function loadChecklistSteps(
  db: PrismaClient,
  options: { municipalityId: string; arrivalId: string; language: TPacketLanguage; now?: Date },
): Promise<TChecklistStep[] | null> {
  // One read of the catalogue for the steps' rules and their titles.
  const [arrival, catalogue, offices] = await Promise.all([
    db.arrival.findFirst({
      where: { id: options.arrivalId, ...arrivalVisibleTo(options) },
      select: HOUSEHOLD_RECORD_SELECT,
    }),
    db.catalogueStep.findMany({
      where: { municipalityId: options.municipalityId, isActive: true },
      select: { ...STEP_DEFINITION_SELECT, texts: { where: { language: { in: [options.language, "da"] } }, select: { language: true, title: true } } },
    }),
    db.office.findMany({ where: { municipalityId: options.municipalityId }, select: { id: true, weeklyHours: true } }),
  ]);
  if (!arrival) return null;
  const context = stepContextOf(catalogue, offices);
  const titles = new Map(catalogue.map((step) => [step.key, textIn(step.texts, options.language)?.title]));
  const today = danishDayOf(options.now ?? new Date());
  return computeApplicableSteps(toRuleHousehold(arrival), context.definitions, { today, isOpenDay: context.isOpenDay }).flatMap((step) => {
    const title = titles.get(step.key);
    return title ? [{ id: applicableStepId(step), stepKey: step.key, householdMemberId: stepMemberId(step), title: stepTitle(title, step) }] : [];
  });
}
