import { Text, View } from "@react-pdf/renderer";
import { pdfArtifact } from "../pdf-tagging";
import { styles } from "../styles";

type TFooterProps = { pageTemplate: string; stamp: string; pageNumber?: number; totalPages?: number };

/** Page "x of y" and the catalogue version stamp, drawn by the page layout on every page: a pagination artifact, not content. */
export function Footer({ pageTemplate, stamp, pageNumber, totalPages }: TFooterProps) {
  const pageLabel = pageTemplate.replace("{page}", String(pageNumber ?? "")).replace("{total}", String(totalPages ?? ""));
  return (
    <View style={styles.footer} {...pdfArtifact("Pagination")}>
      <Text>{stamp}</Text>
      <Text>{pageLabel}</Text>
    </View>
  );
}
