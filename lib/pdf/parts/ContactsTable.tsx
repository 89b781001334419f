import { Text, View } from "@react-pdf/renderer";
import type { TPacket } from "@/lib/packet/packet-model";
import { pdfTag } from "../pdf-tagging";
import { bookmark, type TPdfStyles } from "../styles";

/** The offices as a table: a header row of column headers, then one row per office headed by its name. */
export function ContactsTable({ contacts, styles }: { contacts: TPacket["contacts"]; styles: TPdfStyles }) {
  return (
    <View {...bookmark(contacts.heading)} wrap={false} {...pdfTag("Sect")}>
      <Text style={styles.h2} {...pdfTag("H2")}>
        {contacts.heading}
      </Text>
      <View style={styles.table} {...pdfTag("Table")}>
        <View {...pdfTag("THead")}>
          <View style={styles.row} {...pdfTag("TR")}>
            {[contacts.columns.place, contacts.columns.address, contacts.columns.reach, contacts.columns.hours].map((column) => (
              <Text style={styles.headerCell} key={column} {...pdfTag("TH", { scope: "Column" })}>
                {column}
              </Text>
            ))}
          </View>
        </View>
        <View {...pdfTag("TBody")}>
          {contacts.offices.map((office) => (
            <View style={styles.row} key={office.name} {...pdfTag("TR")}>
              <Text style={styles.cell} {...pdfTag("TH", { scope: "Row" })}>
                {office.name}
              </Text>
              <Text style={[styles.cell, styles.line(office.address)]} {...pdfTag("TD")}>
                {office.address}
              </Text>
              {/* A line each, not one text with a line break: a "\n" would be set in a font that is not embedded. */}
              <View style={styles.cell} {...pdfTag("TD")}>
                {office.phone || office.email ? (
                  [office.phone, office.email].filter(Boolean).map((line) => (
                    <Text style={styles.line(line ?? "")} key={line}>
                      {line}
                    </Text>
                  ))
                ) : (
                  <Text style={styles.text}>–</Text>
                )}
              </View>
              <Text style={[styles.cell, styles.line(office.hours ?? "")]} {...pdfTag("TD")}>
                {office.hours ?? "–"}
              </Text>
            </View>
          ))}
        </View>
      </View>
    </View>
  );
}
