import type { PrismaClient } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { weeklyHoursOf } from "@/lib/municipalities/weekly-hours";
import { inPacketOrder, STEP_DEFINITION_SELECT, type TDefinitionRow, toStepDefinition } from "./load-step-definitions";
import { createOpenDay } from "./opening-calendar";
import type { TStepDefinition } from "./step-definition";
import type { TOpenDay } from "./step-rules";

type TDb = Prisma.TransactionClient | PrismaClient;

/** What computing a household's steps needs of its municipality: its steps, and when their places are open. */
export type TStepContext = { definitions: TStepDefinition[]; isOpenDay?: TOpenDay };

/** The context from rows a caller has read anyway: the active catalogue steps and the offices with their weekly hours. */
export function stepContextOf(steps: readonly TDefinitionRow[], offices: readonly { id: string; weeklyHours: unknown }[]): TStepContext {
  return {
    definitions: inPacketOrder(steps).map(toStepDefinition),
    isOpenDay: createOpenDay(new Map(offices.map((office) => [office.id, weeklyHoursOf(office.weeklyHours)]))),
  };
}

export async function loadStepContext(db: TDb, municipalityId: string): Promise<TStepContext> {
  const [steps, offices] = await Promise.all([
    db.catalogueStep.findMany({ where: { municipalityId, isActive: true }, select: STEP_DEFINITION_SELECT }),
    db.office.findMany({ where: { municipalityId }, select: { id: true, weeklyHours: true } }),
  ]);
  return stepContextOf(steps, offices);
}
