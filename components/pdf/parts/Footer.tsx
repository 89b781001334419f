import { Text, View } from "@react-pdf/renderer";
import { styles } from "../styles";

/** Page "x of y" and the catalogue version stamp on every page. */
export function Footer({ pageTemplate, stamp }: { pageTemplate: string; stamp: string }) {
  return (
    <View style={styles.footer} fixed>
      <Text>{stamp}</Text>
      <Text render={({ pageNumber, totalPages }) => pageTemplate.replace("{page}", String(pageNumber)).replace("{total}", String(totalPages))} />
    </View>
  );
}
