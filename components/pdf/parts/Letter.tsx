import { Image, Link, Path, Svg, Text, View } from "@react-pdf/renderer";
import type { TPacket } from "@/lib/packet/packet-model";
import { bookmark, styles } from "../styles";

/** Page one: the welcome letter on the municipality's letterhead. */
export function Letter({ packet, qrCode, logoPng }: { packet: TPacket; qrCode: { size: number; d: string } | null; logoPng: Buffer | null }) {
  const { municipality, recipient } = packet;
  return (
    <View {...bookmark(packet.letterHeading)}>
      <View style={styles.letterhead}>
        {municipality.logo && logoPng ? (
          // The letter name beside it says who sends the letter; the logo adds no words of its own.
          <Image
            style={[styles.logo, { width: (styles.logo.height * municipality.logo.width) / municipality.logo.height }]}
            src={{ data: logoPng, format: "png" }}
          />
        ) : null}
        <View style={{ flex: 1 }}>
          <Text style={styles.municipalityName}>{municipality.letterName}</Text>
          <Text style={styles.small}>{`${municipality.addressLine}, ${municipality.postalCode} ${municipality.city}`}</Text>
        </View>
        <View>
          {municipality.phone ? <Text style={styles.small}>{municipality.phone}</Text> : null}
          {municipality.email ? <Text style={styles.small}>{municipality.email}</Text> : null}
          {municipality.website ? <Text style={styles.small}>{municipality.website}</Text> : null}
        </View>
      </View>
      <View style={styles.addressBlock}>
        <Text>{recipient.name}</Text>
        <Text>{recipient.addressLine}</Text>
        <Text>{`${recipient.postalCode} ${recipient.city}`}</Text>
        <Text style={{ marginTop: 12, textAlign: "right" }}>{packet.dateLabel}</Text>
      </View>
      <Text style={styles.h1}>{packet.letterHeading}</Text>
      <Text style={styles.paragraph}>{packet.greeting}</Text>
      <Text style={styles.paragraph}>{packet.welcome}</Text>
      <Text style={styles.h3}>{packet.coversHeading}</Text>
      {packet.covers.map((line) => (
        <View style={styles.listItem} key={line}>
          <Text style={styles.bullet}>•</Text>
          <Text>{line}</Text>
        </View>
      ))}
      <View style={styles.linkBox}>
        <View style={styles.linkBoxRow}>
          {qrCode ? (
            // A quiet zone of two modules around the code, as scanners expect.
            <Svg style={styles.qr} viewBox={`-2 -2 ${qrCode.size + 4} ${qrCode.size + 4}`}>
              <Path d={qrCode.d} fill="#000000" />
            </Svg>
          ) : null}
          <View style={{ flex: 1 }}>
            <Text style={styles.h3}>{packet.link.heading}</Text>
            <Text style={packet.link.url ? styles.paragraph : undefined}>{packet.link.url ? packet.link.text : packet.link.noLinkText}</Text>
          </View>
        </View>
        {packet.link.url ? (
          // The address spans the box's full width; one too long for a line breaks before the token.
          <Link src={packet.link.url} style={styles.linkUrl}>
            {printableUrl(packet.link.url)}
          </Link>
        ) : null}
      </View>
      <Text style={{ marginTop: 8 }}>{packet.regards}</Text>
      {municipality.signatoryName ? <Text style={{ marginTop: 18, fontWeight: 700 }}>{municipality.signatoryName}</Text> : null}
      {municipality.signatoryTitle ? <Text>{municipality.signatoryTitle}</Text> : null}
      <Text>{municipality.letterName}</Text>
    </View>
  );
}

const URL_CHARACTERS_PER_LINE = 80;

/** A URL as printed: on one line when it fits, else broken after its last "/" (a token is never split). */
function printableUrl(url: string): string {
  if (url.length <= URL_CHARACTERS_PER_LINE) return url;
  const cut = url.lastIndexOf("/") + 1;
  return `${url.slice(0, cut)}\n${url.slice(cut)}`;
}
