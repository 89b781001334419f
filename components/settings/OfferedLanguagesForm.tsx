import { getTranslations } from "next-intl/server";
import { CheckboxField } from "@/components/form/CheckboxField";
import { Alert } from "@/components/ui/Alert";
import { PACKET_LANGUAGES, type TPacketLanguage } from "@/lib/i18n/languages";
import { saveOfferedLanguagesAction } from "@/lib/municipalities/language-actions";

/** Which languages packets are offered in, as a plain form (works without JavaScript). */
export async function OfferedLanguagesForm({
  offered,
  languageNames,
  outcome,
}: {
  offered: TPacketLanguage[];
  languageNames: Record<string, string>;
  outcome?: string;
}) {
  const t = await getTranslations("offeredLanguages");
  // Refused for choosing none: the boxes stay as the administrator left them (all empty).
  const checked = outcome === "none" ? [] : offered;
  return (
    <section aria-labelledby="packet-languages" className="settings-languages">
      <h2 id="packet-languages">{t("title")}</h2>
      {outcome === "saved" ? (
        <Alert variant="success" role="status">
          <p className="alert-text">{t("saved")}</p>
        </Alert>
      ) : null}
      {outcome === "none" ? (
        <Alert variant="error" role="alert">
          <p className="alert-text">{t("none")}</p>
        </Alert>
      ) : null}
      {/* Keyed by what it shows: after a save the boxes show the stored choice, not React's reset to the old one. */}
      <form action={saveOfferedLanguagesAction} className="offered-languages-form" key={checked.join(",")}>
        <fieldset aria-describedby="packet-languages-hint">
          <legend className="form-label">{t("legend")}</legend>
          <span className="form-hint" id="packet-languages-hint">
            {t("hint")}
          </span>
          {PACKET_LANGUAGES.map((language) => (
            <CheckboxField
              key={language}
              id={`offered-${language}`}
              name="languages"
              value={language}
              label={languageNames[language] ?? language}
              defaultChecked={checked.includes(language)}
            />
          ))}
        </fieldset>
        <button type="submit" className="button button-primary">
          {t("save")}
        </button>
      </form>
    </section>
  );
}
