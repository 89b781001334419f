import { z } from "zod";
import { ResidenceBasis } from "@/lib/generated/prisma/enums";

/**
 * The residence bases, from the data model's enum (prisma/schema.prisma is their one home), in
 * the order forms and filters offer them.
 */
export const RESIDENCE_BASES = Object.values(ResidenceBasis);

export type TResidenceBasis = ResidenceBasis;

export const ZResidenceBasis = z.enum(ResidenceBasis);
