import { StyleSheet } from "@react-pdf/renderer";
import { PDF_FONT_FAMILY } from "./fonts";

export const GREEN = "#00620e";

export const styles = StyleSheet.create({
  // No lineHeight here: the footer inherits it. The footer sits below the content, in the page's bottom margin.
  page: { fontFamily: PDF_FONT_FAMILY, fontSize: 10, paddingTop: 48, paddingBottom: 24, paddingHorizontal: 56, color: "#1a1a1a" },
  letterhead: { flexDirection: "row", justifyContent: "space-between", borderBottomWidth: 2, borderBottomColor: GREEN, paddingBottom: 10, marginBottom: 24 },
  municipalityName: { fontSize: 16, fontWeight: 700 },
  // 36 pt tall, at most a third of the line's width: the letter name and contact stay beside it.
  logo: { height: 36, maxWidth: 170, marginRight: 12, objectFit: "contain" },
  small: { fontSize: 8.5, color: "#444444" },
  addressBlock: { marginBottom: 24 },
  h1: { fontSize: 18, fontWeight: 700, marginBottom: 12 },
  h2: { fontSize: 14, fontWeight: 700, marginTop: 14, marginBottom: 8, color: GREEN },
  h3: { fontSize: 11.5, fontWeight: 700, marginBottom: 3 },
  // Note: a unitless lineHeight is resolved against the style's own fontSize (react-pdf's default
  // of 18 when it has none, not the inherited 10), so the size is repeated here.
  paragraph: { fontSize: 10, marginBottom: 6, lineHeight: 1.45 },
  listItem: { flexDirection: "row", marginBottom: 2 },
  bullet: { width: 10 },
  linkBox: { borderWidth: 1, borderColor: "#bbbbbb", padding: 10, marginVertical: 12 },
  linkBoxRow: { flexDirection: "row", alignItems: "center" },
  linkUrl: { fontSize: 8.5, marginTop: 6, lineHeight: 1.4 },
  qr: { width: 84, height: 84, marginRight: 12 },
  step: { flexDirection: "row", marginBottom: 12 },
  tickBox: { width: 12, height: 12, borderWidth: 1.2, borderColor: "#1a1a1a", marginRight: 10, marginTop: 2 },
  stepBody: { flex: 1 },
  meta: { fontSize: 9, color: "#444444", marginBottom: 3 },
  // The deadline as the step's second line: as large as the text, bold, marked by a bar in the letterhead's green.
  deadline: { fontSize: 10.5, fontWeight: 700, color: "#1a1a1a", borderLeftWidth: 3, borderLeftColor: "#00620e", paddingLeft: 5, marginBottom: 5 },
  where: { fontSize: 9, backgroundColor: "#f5f5f5", padding: 6, marginTop: 3 },
  table: { borderTopWidth: 1, borderTopColor: "#bbbbbb" },
  row: { flexDirection: "row", borderBottomWidth: 1, borderBottomColor: "#dddddd", paddingVertical: 4 },
  cell: { flex: 1, paddingRight: 6, fontSize: 9 },
  headerCell: { flex: 1, paddingRight: 6, fontSize: 9, fontWeight: 700 },
  // marginTop auto: at the foot of the page even when the content ends higher up.
  footer: { flexDirection: "row", justifyContent: "space-between", marginTop: "auto", paddingTop: 20, fontSize: 8, color: "#555555" },
});

/**
 * A PDF outline entry for any element. react-pdf renders bookmarks on every node, though its
 * types only declare them on Page.
 */
export function bookmark(title: string): object {
  return { bookmark: { title, fit: true } };
}
