import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logEvent } from "@/lib/log/log-event";
import { STEP_SECTIONS, type TStepDefinition, ZDeadlineRule, ZStepRule } from "./step-definition";

/** The columns a step's definition is read from. */
export const STEP_DEFINITION_SELECT = {
  key: true,
  section: true,
  position: true,
  rules: true,
  deadlineRule: true,
  placeId: true,
} as const satisfies Prisma.CatalogueStepSelect;

export type TDefinitionRow = Prisma.CatalogueStepGetPayload<{ select: typeof STEP_DEFINITION_SELECT }>;

const ZRules = z.array(ZStepRule);

/**
 * A catalogue row as the rules engine reads it. The rules were validated when written; one that no
 * longer parses (a schema change without its migration) makes the step apply to nobody and is logged,
 * rather than failing every packet of the municipality.
 */
export function toStepDefinition(row: TDefinitionRow): TStepDefinition {
  const rules = ZRules.safeParse(row.rules);
  const deadline = ZDeadlineRule.safeParse(row.deadlineRule);
  if (!rules.success || !deadline.success) logEvent("error", "steps.invalid-definition", { key: row.key });
  return {
    key: row.key,
    section: row.section,
    rules: rules.success ? rules.data : [],
    deadline: deadline.success ? deadline.data : { kind: "none" },
    placeId: row.placeId,
  };
}

/** Steps in packet order: by group, then by their order in it. */
export function inPacketOrder<T extends { section: TStepDefinition["section"]; position: number; key: string }>(steps: readonly T[]): T[] {
  return [...steps].sort(
    (a, b) => STEP_SECTIONS.indexOf(a.section) - STEP_SECTIONS.indexOf(b.section) || a.position - b.position || a.key.localeCompare(b.key),
  );
}
