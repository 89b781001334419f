import { Link, Text, View } from "@react-pdf/renderer";
import type { TPacket, TPacketSection } from "@/lib/packet/packet-model";
import { bookmark, styles } from "../styles";

/** One section of the information packet: its steps in order, each with deadline, where to go and a tick box. */
export function StepSection({ section, labels }: { section: TPacketSection; labels: TPacket["labels"] }) {
  return (
    <View {...bookmark(section.heading)}>
      <Text style={styles.h2} minPresenceAhead={60}>
        {section.heading}
      </Text>
      {section.steps.map((step) => (
        <View style={styles.step} key={step.id} wrap={false} {...bookmark(step.title)}>
          <View style={styles.tickBox} />
          <View style={styles.stepBody}>
            <Text style={styles.h3}>{step.title}</Text>
            <Text style={styles.meta}>{step.deadlineLabel}</Text>
            {step.paragraphs.map((paragraph, index) => (
              <Text style={styles.paragraph} key={index}>
                {paragraph}
              </Text>
            ))}
            {step.notes.map((note) => (
              <Text style={styles.paragraph} key={note}>
                {note}
              </Text>
            ))}
            <WhereBox step={step} label={labels.where} />
            {step.sourceUrl ? (
              <Link src={step.sourceUrl} style={{ fontSize: 8.5, marginTop: 2 }}>
                {`${labels.readMore}: ${step.sourceUrl.replace(/^https:\/\//, "")}`}
              </Link>
            ) : null}
          </View>
        </View>
      ))}
    </View>
  );
}

function WhereBox({ step, label }: { step: TPacketSection["steps"][number]; label: string }) {
  const lines = [
    step.where.whereName,
    step.where.whereAddress,
    step.where.whereHours,
    step.where.wherePhone,
    step.where.whereUrl?.replace(/^https:\/\//, ""),
  ].filter(Boolean);
  if (lines.length === 0) return null;
  return (
    <View style={styles.where}>
      <Text style={{ fontWeight: 700 }}>{label}</Text>
      {lines.map((line) => (
        <Text key={line}>{line}</Text>
      ))}
    </View>
  );
}
