import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { TPacket } from "@/lib/packet/packet-model";
import { ContactsTable } from "./parts/ContactsTable";
import { Footer } from "./parts/Footer";
import { Letter } from "./parts/Letter";
import { StepSection } from "./parts/StepSection";
import { PDF_FONT_FAMILY } from "./fonts";
import { bookmark, styles } from "./styles";

type TWelcomePacketDocumentProps = { packet: TPacket; qrCode: { size: number; d: string } | null; fontFamily?: string[] };

/** The welcome letter (page one) followed by the information packet, A4, one language. */
export function WelcomePacketDocument({ packet, qrCode, fontFamily = PDF_FONT_FAMILY }: TWelcomePacketDocumentProps) {
  const pageStyle = [styles.page, { fontFamily }];
  const footer = <Footer pageTemplate={packet.labels.pageTemplate} stamp={packet.footerStamp} />;
  return (
    <Document title={packet.documentTitle} author={packet.municipality.name} subject={packet.subject} language={packet.language} creator="Ankomst" producer="Ankomst" pageMode="useOutlines">
      <Page size="A4" style={pageStyle}>
        <Letter packet={packet} qrCode={qrCode} />
        {footer}
      </Page>
      <Page size="A4" style={pageStyle}>
        <View {...bookmark(packet.stepsHeading)}>
          <Text style={styles.h1}>{packet.stepsHeading}</Text>
        </View>
        {packet.sections.map((section) => (
          <StepSection key={section.id} section={section} labels={packet.labels} />
        ))}
        <ContactsTable contacts={packet.contacts} />
        {footer}
      </Page>
    </Document>
  );
}
