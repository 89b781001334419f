import { Text, View } from "@react-pdf/renderer";
import type { TPacket } from "@/lib/packet/packet-model";
import { bookmark, styles } from "../styles";

export function ContactsTable({ contacts }: { contacts: TPacket["contacts"] }) {
  return (
    <View {...bookmark(contacts.heading)} wrap={false}>
      <Text style={styles.h2}>{contacts.heading}</Text>
      <View style={styles.table}>
        <View style={styles.row}>
          {[contacts.columns.place, contacts.columns.address, contacts.columns.reach, contacts.columns.hours].map((column) => (
            <Text style={styles.headerCell} key={column}>
              {column}
            </Text>
          ))}
        </View>
        {contacts.offices.map((office) => (
          <View style={styles.row} key={office.name}>
            <Text style={styles.cell}>{office.name}</Text>
            <Text style={styles.cell}>{office.address}</Text>
            <Text style={styles.cell}>{[office.phone, office.email].filter(Boolean).join("\n") || "–"}</Text>
            <Text style={styles.cell}>{office.hours ?? "–"}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
