import { Text, View } from "@react-pdf/renderer";
import type { TPacket } from "@/lib/packet/packet-model";
import { bookmark, styles } from "../styles";

export function ContactsTable({ contacts }: { contacts: TPacket["contacts"] }) {
  return (
    <View {...bookmark(contacts.heading)} wrap={false}>
      <Text style={styles.h2}>{contacts.heading}</Text>
      <View style={styles.table}>
        <View style={styles.row}>
          {contacts.columns.map((column) => (
            <Text style={styles.headerCell} key={column}>
              {column}
            </Text>
          ))}
        </View>
        {contacts.rows.map((row) => (
          <View style={styles.row} key={row[0]}>
            {row.map((cell, index) => (
              <Text style={styles.cell} key={index}>
                {cell}
              </Text>
            ))}
          </View>
        ))}
      </View>
    </View>
  );
}
