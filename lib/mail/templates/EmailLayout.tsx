import { Body, Container, Head, Heading, Html, Preview } from "@react-email/components";
import type { ReactNode } from "react";
import { isSiteLanguage, textDirection } from "@/lib/i18n/languages";

/** The text style of Ankomst's e-mails: system fonts (no font downloads), 16 px, dark grey on white. */
export const emailText = { fontFamily: "Arial, Helvetica, sans-serif", fontSize: "16px", lineHeight: "24px", color: "#1a1a1a" };

/** Every e-mail's frame: its language and writing direction, the preview line, one real h1 heading, then the message. */
export function EmailLayout({ language, preview, heading, children }: { language: string; preview: string; heading: string; children: ReactNode }) {
  const dir = isSiteLanguage(language) ? textDirection(language) : "ltr";
  return (
    <Html lang={language} dir={dir}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#ffffff", margin: 0 }}>
        {/* The direction on the container too: some mail programs drop the html element's attributes. */}
        <Container dir={dir} style={{ maxWidth: "560px", padding: "24px", textAlign: dir === "rtl" ? "right" : "left" }}>
          <Heading as="h1" style={{ ...emailText, fontSize: "24px", lineHeight: "32px" }}>
            {heading}
          </Heading>
          {children}
        </Container>
      </Body>
    </Html>
  );
}
