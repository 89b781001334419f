import { Heading, Link, Section, Text } from "@react-email/components";
import { NameLanguages } from "@/lib/text/NameLanguages";
import { EmailLayout, emailText as text } from "./EmailLayout";

export type TReminderEmailStep = { title: string; deadlineLabel: string; where: string | null };

export type TReminderEmailProps = {
  language: string;
  preview: string;
  heading: string;
  greeting: string;
  intro: string;
  steps: TReminderEmailStep[];
  linkText: string;
  link: string;
  calendarNote: string;
  unsubscribeText: string;
  unsubscribeLink: string;
  sender: string;
  /** The packet model's languages of names in another script: those names are marked with them. */
  nameLanguages: Record<string, string>;
};

/** A reminder of the steps whose deadlines come soon: real headings, every word as text, the personal link and how to stop. */
export function ReminderEmail(props: TReminderEmailProps) {
  return (
    <EmailLayout language={props.language} preview={props.preview} heading={props.heading}>
      <Text style={text}>
        <NameLanguages text={props.greeting} nameLanguages={props.nameLanguages} />
      </Text>
      <Text style={text}>{props.intro}</Text>
      {props.steps.map((step) => (
        <Section key={step.title} style={{ borderLeft: "4px solid #00620e", paddingLeft: "12px", margin: "16px 0" }}>
          <Heading as="h2" style={{ ...text, fontSize: "18px", margin: "0 0 4px" }}>
            <NameLanguages text={step.title} nameLanguages={props.nameLanguages} />
          </Heading>
          <Text style={{ ...text, margin: 0, fontWeight: 700 }}>{step.deadlineLabel}</Text>
          {step.where ? <Text style={{ ...text, margin: 0 }}>{step.where}</Text> : null}
        </Section>
      ))}
      <Text style={text}>
        <Link href={props.link} style={{ color: "#0059b3", textDecoration: "underline" }}>
          {props.linkText}
        </Link>
      </Text>
      <Text style={{ ...text, fontSize: "14px" }}>{props.calendarNote}</Text>
      <Text style={{ ...text, fontSize: "14px", color: "#555555" }}>
        {props.sender}
        <br />
        <Link href={props.unsubscribeLink} style={{ color: "#555555", textDecoration: "underline" }}>
          {props.unsubscribeText}
        </Link>
      </Text>
    </EmailLayout>
  );
}
