import type { TPacketLanguage } from "@/lib/i18n/languages";
import type { TLogoReference } from "@/lib/municipalities/municipality-logo";
import type { TMunicipalityContact } from "@/lib/municipalities/public-municipalities";
import type { TStepSection } from "../steps/step-definition";

export type TPacketStep = {
  /** Unique within the packet: a step per child repeats its key. */
  id: string;
  key: string;
  /** The household member the step is for (a step per child), or null. */
  memberId: string | null;
  title: string;
  paragraphs: string[];
  notes: string[];
  forName: string | null;
  deadline: string | null;
  deadlineLabel: string;
  where: {
    whereName: string | null;
    /** A step at an office: the text's own words about it ("book a time first"). */
    whereNote?: string | null;
    whereAddress: string | null;
    whereHours: string | null;
    wherePhone: string | null;
    whereEmail: string | null;
    whereUrl: string | null;
  };
  sourceUrl: string | null;
};

export type TPacketSection = { id: TStepSection; heading: string; steps: TPacketStep[] };

/** Everything a welcome packet shows, already in its language: the PDF and the web page render the same model. */
export type TPacket = {
  language: TPacketLanguage;
  documentTitle: string;
  subject: string;
  municipality: TMunicipalityContact & {
    signatoryName: string | null;
    /** How the municipality names itself on letters ("Herning Kommune"). */
    letterName: string;
    /** The signatory's title in the packet's language. */
    signatoryTitle: string | null;
    /** The logo on the letterhead; the PDF is given its image when rendered, the web page links to it. */
    logo: TLogoReference | null;
  };
  recipient: { name: string; addressLine: string; postalCode: string; city: string };
  /**
   * The language of names written in another script than the packet's, by ISO 15924 script
   * ({ Cyrl: "uk" }): a screen reader reads them in that language (the PDF's `/Lang` spans).
   */
  nameLanguages: Record<string, string>;
  dateLabel: string;
  letterHeading: string;
  greeting: string;
  welcome: string;
  coversHeading: string;
  covers: string[];
  /** `qrAlt`: what the QR code opens, said in words (the PDF figure's alternative text). */
  link: { heading: string; text: string; url: string | null; noLinkText: string; qrAlt: string };
  regards: string;
  stepsHeading: string;
  sections: TPacketSection[];
  contacts: {
    heading: string;
    columns: { place: string; address: string; reach: string; hours: string };
    offices: { name: string; address: string; phone: string | null; email: string | null; hours: string | null }[];
  };
  labels: { where: string; readMore: string; done: string; pageTemplate: string };
  footerStamp: string;
};
