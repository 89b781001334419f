import { Body, Button, Container, Head, Heading, Html, Preview, Text } from "@react-email/components";

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

const text = { fontFamily: "Arial, Helvetica, sans-serif", fontSize: "16px", lineHeight: "24px", color: "#1a1a1a" };

/** An e-mail whose point is one link (set a password, confirm an address): a real heading, the link as a button and as text. */
export function LinkEmail(props: TLinkEmailProps) {
  return (
    <Html lang={props.language}>
      <Head />
      <Preview>{props.preview}</Preview>
      <Body style={{ backgroundColor: "#ffffff", margin: 0 }}>
        <Container style={{ maxWidth: "560px", padding: "24px" }}>
          <Heading as="h1" style={{ ...text, fontSize: "24px", lineHeight: "32px" }}>
            {props.heading}
          </Heading>
          <Text style={text}>{props.greeting}</Text>
          <Text style={text}>{props.body}</Text>
          <Button href={props.link} style={{ ...text, backgroundColor: "#0059b3", color: "#ffffff", padding: "12px 20px", borderRadius: "4px" }}>
            {props.button}
          </Button>
          <Text style={text}>
            {props.linkLabel} {props.link}
          </Text>
          <Text style={{ ...text, fontSize: "14px", color: "#555555" }}>{props.footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}
