import { Image, Link, Path, Svg, Text, View } from "@react-pdf/renderer";
import type { TPacket } from "@/lib/packet/packet-model";
import { pdfArtifact, pdfTag } from "../pdf-tagging";
import { bookmark, type TPdfStyles } from "../styles";

/** Page one: the welcome letter on the municipality's letterhead. */
type TLetterProps = { packet: TPacket; qrCode: { size: number; d: string } | null; logoPng: Buffer | null; styles: TPdfStyles };

export function Letter({ packet, qrCode, logoPng, styles }: TLetterProps) {
  const { municipality, recipient } = packet;
  return (
    <View {...bookmark(packet.letterHeading)} {...pdfTag("Sect")}>
      <View style={styles.letterhead} {...pdfTag("Div")}>
        {municipality.logo && logoPng ? (
          // The letter name beside it says who sends the letter; the logo adds no words of its own.
          <Image
            style={[styles.logo, { width: (styles.logo.height * municipality.logo.width) / municipality.logo.height }]}
            src={{ data: logoPng, format: "png" }}
            {...pdfArtifact("Layout")}
          />
        ) : null}
        <View style={{ flex: 1 }}>
          <Text style={styles.municipalityName} {...pdfTag("P")}>
            {municipality.letterName}
          </Text>
          <Text style={[styles.small, styles.line(municipality.addressLine)]} {...pdfTag("P")}>
            {`${municipality.addressLine}, ${municipality.postalCode} ${municipality.city}`}
          </Text>
        </View>
        <View>
          {[municipality.phone, municipality.email, municipality.website].filter(Boolean).map((line) => (
            <Text style={[styles.small, styles.line(line ?? "")]} key={line} {...pdfTag("P")}>
              {line}
            </Text>
          ))}
        </View>
      </View>
      <View style={styles.addressBlock} {...pdfTag("Div")}>
        <Text style={styles.addressLine} {...pdfTag("P")}>
          {recipient.name}
        </Text>
        <Text style={styles.addressLine} {...pdfTag("P")}>
          {recipient.addressLine}
        </Text>
        <Text style={styles.addressLine} {...pdfTag("P")}>{`${recipient.postalCode} ${recipient.city}`}</Text>
        <Text style={styles.dateLine} {...pdfTag("P")}>
          {packet.dateLabel}
        </Text>
      </View>
      <Text style={styles.h1} {...pdfTag("H1")}>
        {packet.letterHeading}
      </Text>
      <Text style={styles.paragraph} {...pdfTag("P")}>
        {packet.greeting}
      </Text>
      <Text style={styles.paragraph} {...pdfTag("P")}>
        {packet.welcome}
      </Text>
      <Text style={styles.h3} {...pdfTag("H2")}>
        {packet.coversHeading}
      </Text>
      <View {...pdfTag("L")}>
        {packet.covers.map((line) => (
          <View style={styles.listItem} key={line} {...pdfTag("LI")}>
            <Text style={styles.bullet} {...pdfTag("Lbl")}>
              •
            </Text>
            <Text style={styles.listBody} {...pdfTag("LBody")}>
              {line}
            </Text>
          </View>
        ))}
      </View>
      <View style={styles.linkBox} {...pdfTag("Div")}>
        <View style={styles.linkBoxRow}>
          {qrCode ? (
            // A quiet zone of two modules around the code, as scanners expect.
            <Svg style={styles.qr} viewBox={`-2 -2 ${qrCode.size + 4} ${qrCode.size + 4}`} {...pdfTag("Figure", { alt: packet.link.qrAlt })}>
              <Path d={qrCode.d} fill="#000000" />
            </Svg>
          ) : null}
          <View style={{ flex: 1 }}>
            <Text style={styles.h3} {...pdfTag("H2")}>
              {packet.link.heading}
            </Text>
            <Text style={packet.link.url ? styles.paragraph : styles.text} {...pdfTag("P")}>
              {packet.link.url ? packet.link.text : packet.link.noLinkText}
            </Text>
          </View>
        </View>
        {packet.link.url ? (
          // The address spans the box's full width; one too long for a line breaks before the token.
          <View {...pdfTag("P")}>
            <Link src={packet.link.url} style={styles.linkUrl} {...pdfTag("Link", { alt: `${packet.link.heading}: ${packet.link.url}` })}>
              {printableUrlLines(packet.link.url).map((line) => (
                <Text style={styles.line(line)} key={line}>
                  {line}
                </Text>
              ))}
            </Link>
          </View>
        ) : null}
      </View>
      <Text style={[styles.text, { marginTop: 8 }]} {...pdfTag("P")}>
        {packet.regards}
      </Text>
      <View {...pdfTag("Div")}>
        {municipality.signatoryName ? (
          <Text style={[styles.text, { marginTop: 18, fontWeight: 700 }]} {...pdfTag("P")}>
            {municipality.signatoryName}
          </Text>
        ) : null}
        {municipality.signatoryTitle ? (
          <Text style={styles.text} {...pdfTag("P")}>
            {municipality.signatoryTitle}
          </Text>
        ) : null}
        <Text style={styles.text} {...pdfTag("P")}>
          {municipality.letterName}
        </Text>
      </View>
    </View>
  );
}

const URL_CHARACTERS_PER_LINE = 80;

/**
 * A URL as printed: on one line when it fits, else broken after its last "/" (a token is never
 * split). Lines, not a "\n": react-pdf would set the line break in a font it does not embed.
 */
function printableUrlLines(url: string): string[] {
  if (url.length <= URL_CHARACTERS_PER_LINE) return [url];
  const cut = url.lastIndexOf("/") + 1;
  return [url.slice(0, cut), url.slice(cut)];
}
