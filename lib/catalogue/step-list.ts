import type { PrismaClient } from "@/lib/db-client";
import type { Language } from "@/lib/generated/prisma/enums";
import { textIn } from "@/lib/packet/load-packet-input";
import { inPacketOrder } from "@/lib/steps/load-step-definitions";
import { ZDeadlineRule } from "@/lib/steps/step-definition";
import { titleForPerson } from "@/lib/steps/step-rules";

/** A step as lists name it: its key, its title for nobody in particular, whether it is on and has a deadline. */
export type TStepListEntry = { key: string; title: string; isActive: boolean; hasDeadline: boolean };

/**
 * A municipality's steps in packet order, titled in a language (the Danish master where a
 * translation is missing, a {child} left out): for the statistics' rows, the work list's step
 * filter and the reminder settings. Steps switched off are listed too: their history still counts.
 */
export async function listSteps(db: PrismaClient, options: { municipalityId: string; language: Language }): Promise<TStepListEntry[]> {
  const steps = await db.catalogueStep.findMany({
    where: { municipalityId: options.municipalityId },
    select: {
      key: true,
      section: true,
      position: true,
      isActive: true,
      deadlineRule: true,
      texts: { where: { language: { in: [options.language, "da"] } }, select: { language: true, title: true } },
    },
  });
  return inPacketOrder(steps).map((step) => {
    const deadline = ZDeadlineRule.safeParse(step.deadlineRule);
    return {
      key: step.key,
      title: titleForPerson(textIn(step.texts, options.language)?.title ?? step.key, null),
      isActive: step.isActive,
      hasDeadline: deadline.success && deadline.data.kind !== "none",
    };
  });
}
