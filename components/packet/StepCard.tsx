import type { ReactNode } from "react";

export type TStepCardWhere = {
  whereName?: string | null;
  whereAddress?: string | null;
  whereHours?: string | null;
  wherePhone?: string | null;
  whereUrl?: string | null;
};

type TStepCardProps = {
  headingLevel: 2 | 3 | 4;
  title: string;
  body: string;
  where: TStepCardWhere;
  labels: { where: string; readMore: string };
  sourceUrl?: string | null;
  /** e.g. the deadline line and the tick box of the newcomer's checklist. */
  children?: ReactNode;
  id?: string;
};

/** One step as the accessible web packet shows it; the catalogue editor previews with the same card. */
export function StepCard({ headingLevel, title, body, where, labels, sourceUrl, children, id }: TStepCardProps) {
  const Heading = (["h2", "h3", "h4"] as const)[headingLevel - 2]!;
  const whereLines = [where.whereName, where.whereAddress, where.whereHours, where.wherePhone].filter(Boolean);
  return (
    <section className="step-card" aria-labelledby={id ? `${id}-title` : undefined}>
      <Heading id={id ? `${id}-title` : undefined}>{title}</Heading>
      {body.split(/\n{2,}/).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
      {whereLines.length > 0 || where.whereUrl ? (
        <div className="step-card-where">
          <strong>{labels.where}</strong>
          <ul className="unstyled-list">
            {whereLines.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
            {where.whereUrl ? (
              <li>
                <a href={where.whereUrl}>{where.whereUrl.replace(/^https:\/\//, "")}</a>
              </li>
            ) : null}
          </ul>
        </div>
      ) : null}
      {children}
      {sourceUrl ? (
        <p className="step-card-source">
          <a href={sourceUrl}>{labels.readMore}</a>
        </p>
      ) : null}
    </section>
  );
}
