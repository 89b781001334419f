import { StyleSheet } from "@react-pdf/renderer";
import { PDF_FONT_FAMILY } from "./fonts";

export const GREEN = "#00620e";

export type TTextDirection = "ltr" | "rtl";

/**
 * The packet's styles for a writing direction. Right to left mirrors the page: rows run from the
 * right (the tick box, a list's bullet and the contacts table's first column are on the right),
 * margins and the deadline's bar swap sides, and every text is set right to left (react-pdf's
 * `direction`, which sets the paragraph's base direction for the bidirectional algorithm and its
 * alignment; it is not inherited, so each text style carries it).
 */
function stylesFor(direction: TTextDirection) {
  const isRtl = direction === "rtl";
  const row = isRtl ? ("row-reverse" as const) : ("row" as const);
  // The side a line starts on, and the side it ends on.
  const start = isRtl ? "Right" : "Left";
  const end = isRtl ? "Left" : "Right";
  return StyleSheet.create({
    // No lineHeight here: the footer inherits it. The footer sits below the content, in the page's bottom margin.
    page: { fontFamily: PDF_FONT_FAMILY, fontSize: 10, paddingTop: 48, paddingBottom: 24, paddingHorizontal: 56, color: "#1a1a1a" },
    text: { direction },
    letterhead: { flexDirection: row, justifyContent: "space-between", borderBottomWidth: 2, borderBottomColor: GREEN, paddingBottom: 10, marginBottom: 24 },
    municipalityName: { fontSize: 16, fontWeight: 700, direction },
    // 36 pt tall, at most a third of the line's width: the letter name and contact stay beside it.
    logo: { height: 36, maxWidth: 170, [`margin${end}`]: 12, objectFit: "contain" },
    small: { fontSize: 8.5, color: "#444444", direction },
    // The address is read by the postal service and shows through the envelope's window, on the
    // left whatever the letter's language: it stays left to right, where it always is.
    addressBlock: { marginBottom: 24 },
    addressLine: { direction: "ltr" },
    dateLine: { marginTop: 12, direction, textAlign: isRtl ? "left" : "right" },
    h1: { fontSize: 18, fontWeight: 700, marginBottom: 12, direction },
    h2: { fontSize: 14, fontWeight: 700, marginTop: 14, marginBottom: 8, color: GREEN, direction },
    h3: { fontSize: 11.5, fontWeight: 700, marginBottom: 3, direction },
    // Note: a unitless lineHeight is resolved against the style's own fontSize (react-pdf's default
    // of 18 when it has none, not the inherited 10), so the size is repeated here.
    paragraph: { fontSize: 10, marginBottom: 6, lineHeight: 1.45, direction },
    listItem: { flexDirection: row, marginBottom: 2 },
    bullet: { width: 10, direction },
    listBody: { flex: 1, direction },
    linkBox: { borderWidth: 1, borderColor: "#bbbbbb", padding: 10, marginVertical: 12 },
    linkBoxRow: { flexDirection: row, alignItems: "center" },
    // An address is read left to right in every language.
    linkUrl: { fontSize: 8.5, marginTop: 6, lineHeight: 1.4, direction: "ltr", textAlign: isRtl ? "right" : "left" },
    qr: { width: 84, height: 84, [`margin${end}`]: 12 },
    step: { flexDirection: row, marginBottom: 12 },
    tickBox: { width: 12, height: 12, borderWidth: 1.2, borderColor: "#1a1a1a", [`margin${end}`]: 10, marginTop: 2 },
    stepBody: { flex: 1 },
    meta: { fontSize: 9, color: "#444444", marginBottom: 3, direction },
    // The deadline as the step's second line: as large as the text, bold, marked by a bar in the letterhead's green.
    deadline: {
      fontSize: 10.5,
      fontWeight: 700,
      color: "#1a1a1a",
      [`border${start}Width`]: 3,
      [`border${start}Color`]: GREEN,
      [`padding${start}`]: 5,
      marginBottom: 5,
      direction,
    },
    where: { fontSize: 9, backgroundColor: "#f5f5f5", padding: 6, marginTop: 3 },
    whereLabel: { fontWeight: 700, direction },
    sourceLink: { fontSize: 8.5, marginTop: 2, direction },
    table: { borderTopWidth: 1, borderTopColor: "#bbbbbb" },
    row: { flexDirection: row, borderBottomWidth: 1, borderBottomColor: "#dddddd", paddingVertical: 4 },
    cell: { flex: 1, [`padding${end}`]: 6, fontSize: 9, direction },
    headerCell: { flex: 1, [`padding${end}`]: 6, fontSize: 9, fontWeight: 700, direction },
    // marginTop auto: at the foot of the page even when the content ends higher up.
    footer: { flexDirection: row, justifyContent: "space-between", marginTop: "auto", paddingTop: 20, fontSize: 8, color: "#555555" },
    // Without `direction`: a text set right to left is measured wrongly where its width is its
    // content's (react-pdf 4.9), as the footer's are; its words are in the packet's language, so
    // the bidirectional algorithm finds the direction from its first letter.
    footerText: { textAlign: isRtl ? "right" : "left" },
  });
}

const RIGHT_TO_LEFT_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/**
 * The styles, and `line(text)`: the style for one line of a text that may have no right-to-left
 * letter at all, like a phone number, an e-mail or postal address or opening hours in a
 * right-to-left packet. Such a line is set left to right ("+45 96 28 28 28", not "28 28 28 96 45+"),
 * aligned where the page's lines start.
 */
function withLines(direction: TTextDirection) {
  const sheet = stylesFor(direction);
  const latinLine = { direction: "ltr" as const, textAlign: "right" as const };
  return Object.assign(sheet, {
    line: (text: string) => (direction === "rtl" && !RIGHT_TO_LEFT_LETTER.test(text) ? latinLine : sheet.text),
  });
}

export type TPdfStyles = ReturnType<typeof withLines>;

const STYLES: Record<TTextDirection, TPdfStyles> = { ltr: withLines("ltr"), rtl: withLines("rtl") };

export function pdfStyles(direction: TTextDirection): TPdfStyles {
  return STYLES[direction];
}

/** The left-to-right styles, for measurements that do not depend on the direction. */
export const styles = STYLES.ltr;

/**
 * A PDF outline entry for any element. react-pdf renders bookmarks on every node, though its
 * types only declare them on Page.
 */
export function bookmark(title: string): object {
  return { bookmark: { title, fit: true } };
}
