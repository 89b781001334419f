import { Body, Container, Head, Heading, Html, Preview } from "@react-email/components";
import type { ReactNode } from "react";

/** The text style of Ankomst's e-mails: system fonts (no font downloads), 16 px, dark grey on white. */
export const emailText = { fontFamily: "Arial, Helvetica, sans-serif", fontSize: "16px", lineHeight: "24px", color: "#1a1a1a" };

/** Every e-mail's frame: its language, the preview line, one real h1 heading, then the message. */
export function EmailLayout({ language, preview, heading, children }: { language: string; preview: string; heading: string; children: ReactNode }) {
  return (
    <Html lang={language}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#ffffff", margin: 0 }}>
        <Container style={{ maxWidth: "560px", padding: "24px" }}>
          <Heading as="h1" style={{ ...emailText, fontSize: "24px", lineHeight: "32px" }}>
            {heading}
          </Heading>
          {children}
        </Container>
      </Body>
    </Html>
  );
}
