import type { ReactNode } from "react";
import { textDirection } from "@/lib/i18n/languages";
import type { TPacket, TPacketStep } from "@/lib/packet/packet-model";
import { mailtoHref, telHref } from "@/lib/text/contact-hrefs";
import { NameLanguages } from "@/lib/text/NameLanguages";
import { StepCard } from "./StepCard";

type TPacketViewProps = {
  packet: TPacket;
  /** What goes under each step: a read-only state for staff, the tick box form for the newcomer. */
  renderStepStatus?: (step: TPacketStep) => ReactNode;
  qrCodeSvg?: ReactNode;
  /** Between the steps' heading and the steps: the newcomer's progress so far. */
  beforeSteps?: ReactNode;
  /** Off where the page's own header already names the municipality (the newcomer's page). */
  isLetterheadShown?: boolean;
};

/** The accessible twin of the PDF: the same packet model, as headings, lists and a table. */
export function PacketView({ packet, renderStepStatus, qrCodeSvg, beforeSteps, isLetterheadShown = true }: TPacketViewProps) {
  const { municipality } = packet;
  const { columns } = packet.contacts;
  const withNames = (text: string) => <NameLanguages text={text} nameLanguages={packet.nameLanguages} />;
  return (
    // Its own language and direction: the caseworker previews an Arabic packet inside a Danish page.
    <article lang={packet.language} dir={textDirection(packet.language)} className="packet-view">
      {isLetterheadShown ? (
        <header className="packet-letterhead">
          {municipality.logo ? (
            // The letter name under it says who writes; the logo adds no words of its own (alt="").
            // biome-ignore lint/performance/noImgElement: Ankomst rendered this PNG at the size shown; an optimiser would only re-encode it.
            <img className="packet-logo" src={municipality.logo.path} alt="" width={municipality.logo.width} height={municipality.logo.height} />
          ) : null}
          <p className="packet-municipality">{municipality.letterName}</p>
          <p className="form-hint">
            {municipality.addressLine}, {municipality.postalCode} {municipality.city}
            {municipality.phone ? (
              <>
                {" · "}
                <bdi dir="ltr">{municipality.phone}</bdi>
              </>
            ) : null}
          </p>
        </header>
      ) : null}
      <h1>{packet.letterHeading}</h1>
      <p className="form-hint">{packet.dateLabel}</p>
      <p>{withNames(packet.greeting)}</p>
      <p>{packet.welcome}</p>
      <h2>{packet.coversHeading}</h2>
      <ul>
        {packet.covers.map((line) => (
          <li key={line}>{withNames(line)}</li>
        ))}
      </ul>
      {qrCodeSvg ? <div className="packet-qr">{qrCodeSvg}</div> : null}
      <p>
        {packet.regards}
        <br />
        {municipality.signatoryName ? <strong>{municipality.signatoryName}</strong> : null}
        {municipality.signatoryTitle ? (
          <>
            <br />
            {municipality.signatoryTitle}
          </>
        ) : null}
      </p>

      <h2 className="packet-steps-heading">{packet.stepsHeading}</h2>
      {beforeSteps}
      {packet.sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`} className="packet-section">
          <h3 id={`section-${section.id}`}>{section.heading}</h3>
          <ol className="packet-steps">
            {section.steps.map((step) => (
              <li key={step.id} id={`step-${step.id}`}>
                <StepCard
                  headingLevel={4}
                  id={step.id}
                  title={withNames(step.title)}
                  body={step.paragraphs.join("\n\n")}
                  where={step.where}
                  sourceUrl={step.sourceUrl}
                  labels={packet.labels}
                  lead={step.deadline ? <p className="packet-deadline">{step.deadlineLabel}</p> : null}
                >
                  {step.notes.map((note) => (
                    <p key={note}>{withNames(note)}</p>
                  ))}
                  {step.deadline ? null : <p className="packet-no-deadline">{step.deadlineLabel}</p>}
                  {renderStepStatus?.(step)}
                </StepCard>
              </li>
            ))}
          </ol>
        </section>
      ))}

      <section aria-labelledby="packet-contacts" className="packet-section">
        <h3 id="packet-contacts">{packet.contacts.heading}</h3>
        {/* On a phone each place is stacked, every value under its column's name (DKFDS responsive headers). */}
        <table className="table table--responsive-headers contacts-table">
          <thead>
            <tr>
              <th scope="col">{columns.place}</th>
              <th scope="col">{columns.address}</th>
              <th scope="col">{columns.reach}</th>
              <th scope="col">{columns.hours}</th>
            </tr>
          </thead>
          <tbody>
            {packet.contacts.offices.map((office) => (
              <tr key={office.name}>
                <th scope="row">{office.name}</th>
                <td data-title={columns.address}>{office.address}</td>
                <td data-title={columns.reach}>
                  {office.phone ? (
                    <a href={telHref(office.phone)} dir="ltr">
                      {office.phone}
                    </a>
                  ) : null}
                  {office.phone && office.email ? <br /> : null}
                  {office.email ? (
                    <a href={mailtoHref(office.email)} dir="ltr">
                      {office.email}
                    </a>
                  ) : null}
                  {office.phone || office.email ? null : "–"}
                </td>
                <td data-title={columns.hours}>{office.hours ?? "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p className="form-hint">{packet.footerStamp}</p>
    </article>
  );
}
