import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { ComponentProps } from "react";
import { DATE_LOCALE, textDirection } from "@/lib/i18n/languages";
import type { TPacket } from "@/lib/packet/packet-model";
import { scriptOf } from "@/lib/text/script-language";
import { PDF_FONT_FAMILY } from "./fonts";
import { ContactsTable } from "./parts/ContactsTable";
import { Footer } from "./parts/Footer";
import { Letter } from "./parts/Letter";
import { StepSection } from "./parts/StepSection";
import { pdfTag, pdfUaDocument } from "./pdf-tagging";
import { bookmark, pdfStyles } from "./styles";

type TWelcomePacketDocumentProps = {
  packet: TPacket;
  qrCode: { size: number; d: string } | null;
  fontFamily?: string[];
  /** The PNG of the logo the packet's letterhead names. */
  logoPng?: Buffer | null;
  isTagged?: boolean;
};
type TPageLayout = NonNullable<ComponentProps<typeof Page>["layout"]>;

/**
 * The welcome letter (page one) followed by the information packet, A4, one language: a tagged
 * PDF/UA document whose structure tree follows the packet model (./pdf-tagging.ts, decision 014).
 */
export function WelcomePacketDocument({ packet, qrCode, fontFamily = PDF_FONT_FAMILY, logoPng = null, isTagged = true }: TWelcomePacketDocumentProps) {
  const styles = pdfStyles(textDirection(packet.language));
  const numberFormat = new Intl.NumberFormat(DATE_LOCALE[packet.language], { useGrouping: false });
  const pageStyle = [styles.page, { fontFamily }];
  // Note: a page layout, not a `fixed` footer with a render prop. It opts the document into
  // react-pdf's newer pagination, which measures the content once and packs it into pages; the
  // older one laid every page out again per page break and for the page total (decision 002).
  const layout: TPageLayout = ({ children, pageNumber, totalPages }) => (
    <>
      {children}
      <Footer
        pageTemplate={packet.labels.pageTemplate}
        stamp={packet.footerStamp}
        pageNumber={pageNumber}
        totalPages={totalPages}
        formatNumber={(value) => numberFormat.format(value)}
        styles={styles}
      />
    </>
  );
  // A name in another script than the packet's is read in its own language.
  const tagged = isTagged
    ? pdfUaDocument({
        languageOfText: (text) => packet.nameLanguages[scriptOf(text) ?? ""] ?? null,
        isRightToLeft: textDirection(packet.language) === "rtl",
      })
    : {};
  return (
    <Document
      {...tagged}
      title={packet.documentTitle}
      author={packet.municipality.letterName}
      subject={packet.subject}
      language={packet.language}
      creator="Ankomst"
      producer="Ankomst"
      pageMode="useOutlines"
    >
      <Page size="A4" style={pageStyle} layout={layout}>
        <Letter packet={packet} qrCode={qrCode} logoPng={logoPng} styles={styles} />
      </Page>
      <Page size="A4" style={pageStyle} layout={layout}>
        <View {...pdfTag("Sect")}>
          <View {...bookmark(packet.stepsHeading)}>
            <Text style={styles.h1} {...pdfTag("H1")}>
              {packet.stepsHeading}
            </Text>
          </View>
          {packet.sections.map((section) => (
            <StepSection key={section.id} section={section} labels={packet.labels} styles={styles} />
          ))}
          <ContactsTable contacts={packet.contacts} styles={styles} />
        </View>
      </Page>
    </Document>
  );
}
