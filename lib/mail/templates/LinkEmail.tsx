import { Button, Text } from "@react-email/components";
import { EmailLayout, emailText } from "./EmailLayout";

export type TLinkEmailProps = {
  language: string;
  preview: string;
  heading: string;
  greeting: string;
  body: string;
  button: string;
  link: string;
  linkLabel: string;
  footer: string;
};

/** An e-mail whose point is one link (set a password, confirm an address): the link as a button and as text. */
export function LinkEmail(props: TLinkEmailProps) {
  return (
    <EmailLayout language={props.language} preview={props.preview} heading={props.heading}>
      <Text style={emailText}>{props.greeting}</Text>
      <Text style={emailText}>{props.body}</Text>
      <Button href={props.link} style={{ ...emailText, backgroundColor: "#0059b3", color: "#ffffff", padding: "12px 20px", borderRadius: "4px" }}>
        {props.button}
      </Button>
      <Text style={emailText}>
        {props.linkLabel} {props.link}
      </Text>
      <Text style={{ ...emailText, fontSize: "14px", color: "#555555" }}>{props.footer}</Text>
    </EmailLayout>
  );
}
