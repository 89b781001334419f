import { textDirection } from "@/lib/i18n/languages";
import { bodyParts, fillMunicipality } from "@/lib/welcome/public-page-blocks";
import type { TPageBlock } from "@/lib/welcome/public-page-texts";

type TProps = {
  block: TPageBlock;
  municipality: string;
  /** The page's language: a block shown in another (no translation yet) carries its own lang and dir. */
  pageLanguage: string;
  heading: "h1" | "h2";
  children?: React.ReactNode;
  lead?: React.ReactNode;
};

/** One of the texts the municipality writes for its public page: a heading and paragraphs or lists. */
export function PublicPageBlock({ block, municipality, pageLanguage, heading: Heading, lead, children }: TProps) {
  const isOwnLanguage = block.language === pageLanguage;
  const id = `public-${block.block}`;
  return (
    <section
      aria-labelledby={id}
      className={`public-page-block public-page-block-${block.block}`}
      {...(isOwnLanguage ? {} : { lang: block.language, dir: textDirection(block.language) })}
    >
      <Heading id={id}>{fillMunicipality(block.title, municipality)}</Heading>
      {lead}
      {bodyParts(block.body).map((part, index) =>
        part.kind === "list" ? (
          <ul key={index}>
            {part.items.map((item, itemIndex) => (
              <li key={itemIndex}>{fillMunicipality(item, municipality)}</li>
            ))}
          </ul>
        ) : (
          <p key={index}>{fillMunicipality(part.text, municipality)}</p>
        ),
      )}
      {children}
    </section>
  );
}
