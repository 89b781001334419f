import type { ReactNode } from "react";
import { telHref } from "@/lib/text/contact-hrefs";
import { paragraphsOf } from "@/lib/text/paragraphs";

export type TStepCardWhere = {
  whereName?: string | null;
  whereAddress?: string | null;
  whereHours?: string | null;
  whereNote?: string | null;
  whereEmail?: string | null;
  wherePhone?: string | null;
  whereUrl?: string | null;
};

type TStepCardProps = {
  headingLevel: 2 | 3 | 4;
  /** Text, or text with language spans for names in another script. */
  title: ReactNode;
  body: string;
  where: TStepCardWhere;
  labels: { where: string; readMore: string };
  sourceUrl?: string | null;
  /** Right under the title: the deadline, where the eye lands first. */
  lead?: ReactNode;
  /** After the text and the place: notes, "no deadline", the tick box of the newcomer's checklist. */
  children?: ReactNode;
  id?: string;
};

/**
 * One step as the accessible web packet shows it; the catalogue editor previews with the same card.
 * Lean on purpose (a fragment, the place as lines of one paragraph): the newcomer's page renders
 * some twenty of these on every view.
 */
export function StepCard({ headingLevel, title, body, where, labels, sourceUrl, children, id, lead }: TStepCardProps) {
  const Heading = (["h2", "h3", "h4"] as const)[headingLevel - 2]!;
  const whereLines = [where.whereName, where.whereNote, where.whereAddress, where.whereHours].filter(Boolean);
  return (
    <>
      <Heading id={id ? `${id}-title` : undefined}>{title}</Heading>
      {lead}
      {paragraphsOf(body).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
      {whereLines.length > 0 || where.wherePhone || where.whereEmail || where.whereUrl ? (
        // white-space: pre-line shows each line of the place as its own line.
        <p className="step-card-where">
          <strong>{labels.where}</strong>
          {whereLines.map((line) => `\n${line}`).join("")}
          {where.wherePhone ? "\n" : null}
          {/* On a phone, a tap calls. */}
          {/* dir="ltr": a number, an address or a link reads left to right on a right-to-left page too. */}
          {where.wherePhone ? (
            <a href={telHref(where.wherePhone)} dir="ltr">
              {where.wherePhone}
            </a>
          ) : null}
          {where.whereEmail ? "\n" : null}
          {where.whereEmail ? (
            <a href={`mailto:${where.whereEmail}`} dir="ltr">
              {where.whereEmail}
            </a>
          ) : null}
          {where.whereUrl ? "\n" : null}
          {where.whereUrl ? (
            <a href={where.whereUrl} dir="ltr">
              {where.whereUrl.replace(/^https:\/\//, "")}
            </a>
          ) : null}
        </p>
      ) : null}
      {children}
      {sourceUrl ? (
        <p className="step-card-source">
          {/* A screen reader's list of links says what each "Read more" is about. */}
          <a href={sourceUrl}>
            {labels.readMore}
            <span className="sr-only">: {title}</span>
          </a>
        </p>
      ) : null}
    </>
  );
}
