import type { PrismaClient } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { weeklyHoursOf } from "@/lib/municipalities/weekly-hours";
import { loadStepDefinitions } from "./load-step-definitions";
import { createOpenDay } from "./opening-calendar";
import type { TStepDefinition } from "./step-definition";
import type { TOpenDay } from "./step-rules";

type TDb = Prisma.TransactionClient | PrismaClient;

/** What computing a household's steps needs of its municipality: its steps, and when their places are open. */
export type TStepContext = { definitions: TStepDefinition[]; isOpenDay?: TOpenDay };

export async function loadStepContext(db: TDb, municipalityId: string): Promise<TStepContext> {
  const [definitions, offices] = await Promise.all([
    loadStepDefinitions(db, municipalityId),
    db.office.findMany({ where: { municipalityId }, select: { id: true, weeklyHours: true } }),
  ]);
  return { definitions, isOpenDay: createOpenDay(new Map(offices.map((office) => [office.id, weeklyHoursOf(office.weeklyHours)]))) };
}
