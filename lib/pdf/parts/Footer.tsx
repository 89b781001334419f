import { Text, View } from "@react-pdf/renderer";
import { pdfArtifact } from "../pdf-tagging";
import type { TPdfStyles } from "../styles";

type TFooterProps = {
  pageTemplate: string;
  stamp: string;
  pageNumber?: number;
  totalPages?: number;
  /** Page numbers in the packet's own digits (Arabic-Indic in an Arabic packet). */
  formatNumber: (value: number) => string;
  styles: TPdfStyles;
};

/** Page "x of y" and the catalogue version stamp, drawn by the page layout on every page: a pagination artifact, not content. */
export function Footer({ pageTemplate, stamp, pageNumber, totalPages, formatNumber, styles }: TFooterProps) {
  const number = (value: number | undefined) => (value === undefined ? "" : formatNumber(value));
  const pageLabel = pageTemplate.replace("{page}", number(pageNumber)).replace("{total}", number(totalPages));
  return (
    <View style={styles.footer} {...pdfArtifact("Pagination")}>
      <Text style={styles.footerText}>{stamp}</Text>
      <Text style={styles.footerText}>{pageLabel}</Text>
    </View>
  );
}
