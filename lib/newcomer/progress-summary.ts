import type { TPacket, TPacketStep } from "@/lib/packet/packet-model";

export type TProgressSummary = { done: number; total: number; next: TPacketStep | null };

/**
 * How far the household has come: steps ticked of the packet's steps, and the next step to do (the
 * one not ticked with the earliest deadline; the first not ticked when none has a deadline).
 */
export function summarizeProgress(packet: Pick<TPacket, "sections">, isDone: (stepId: string) => boolean): TProgressSummary {
  const steps = packet.sections.flatMap((section) => section.steps);
  const open = steps.filter((step) => !isDone(step.id));
  const withDeadline = open.filter((step) => step.deadline !== null).sort((a, b) => a.deadline!.localeCompare(b.deadline!));
  return { done: steps.length - open.length, total: steps.length, next: withDeadline[0] ?? open[0] ?? null };
}
