import { Link, Text, View } from "@react-pdf/renderer";
import type { TPacket, TPacketSection } from "@/lib/packet/packet-model";
import { pdfTag } from "../pdf-tagging";
import { bookmark, type TPdfStyles } from "../styles";

/**
 * One section of the information packet: its steps in order, each with a tick box. A step reads
 * as on the web page: title, its deadline, what to do, where, notes, the link to read more.
 */
export function StepSection({ section, labels, styles }: { section: TPacketSection; labels: TPacket["labels"]; styles: TPdfStyles }) {
  return (
    <View {...bookmark(section.heading)} {...pdfTag("Sect")}>
      <Text style={styles.h2} minPresenceAhead={60} {...pdfTag("H2")}>
        {section.heading}
      </Text>
      {section.steps.map((step) => (
        <View style={styles.step} key={step.id} wrap={false} {...bookmark(step.title)} {...pdfTag("Div")}>
          <View style={styles.tickBox} />
          <View style={styles.stepBody}>
            <Text style={styles.h3} {...pdfTag("H3")}>
              {step.title}
            </Text>
            {/* A deadline is read first, where the eye lands after the title; "no deadline" closes the step quietly. */}
            {step.deadline ? (
              <Text style={styles.deadline} {...pdfTag("P")}>
                {step.deadlineLabel}
              </Text>
            ) : null}
            {step.paragraphs.map((paragraph, index) => (
              <Text style={styles.paragraph} key={index} {...pdfTag("P")}>
                {asFlowingText(paragraph)}
              </Text>
            ))}
            <WhereBox step={step} label={labels.where} styles={styles} />
            {step.notes.map((note) => (
              <Text style={styles.paragraph} key={note} {...pdfTag("P")}>
                {note}
              </Text>
            ))}
            {step.deadline ? null : (
              <Text style={styles.meta} {...pdfTag("P")}>
                {step.deadlineLabel}
              </Text>
            )}
            {step.sourceUrl ? (
              <View {...pdfTag("P")}>
                <Link src={step.sourceUrl} style={styles.sourceLink} {...pdfTag("Link", { alt: `${labels.readMore}: ${step.title}` })}>
                  <Text style={styles.text}>{`${labels.readMore}: ${step.sourceUrl.replace(/^https:\/\//, "")}`}</Text>
                </Link>
              </View>
            ) : null}
          </View>
        </View>
      ))}
    </View>
  );
}

/** Where to go, as one paragraph of lines (the label first). */
function WhereBox({ step, label, styles }: { step: TPacketSection["steps"][number]; label: string; styles: TPdfStyles }) {
  const lines = [
    step.where.whereName,
    step.where.whereNote,
    step.where.whereAddress,
    step.where.whereHours,
    step.where.wherePhone,
    step.where.whereEmail,
    step.where.whereUrl?.replace(/^https:\/\//, ""),
  ].filter((line): line is string => Boolean(line));
  if (lines.length === 0) return null;
  return (
    <View style={styles.where} {...pdfTag("P")}>
      <Text style={styles.whereLabel}>{label}</Text>
      {lines.map((line) => (
        <Text style={styles.line(line)} key={line}>
          {asFlowingText(line)}
        </Text>
      ))}
    </View>
  );
}

/**
 * A line break typed into a catalogue text flows as a space, as on the web page. react-pdf would
 * also set a "\n" in its fallback font, which it does not embed.
 */
function asFlowingText(text: string): string {
  return text.replace(/\s*\n\s*/g, " ");
}
