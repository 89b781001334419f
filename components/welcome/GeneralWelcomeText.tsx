import { getTranslations } from "next-intl/server";
import type { TSiteLanguage } from "@/lib/i18n/languages";
import { fillMunicipality, GENERAL_WELCOME_TEXTS, type TWelcomeTextLanguage, WELCOME_TEXT_LANGUAGES } from "@/lib/welcome/general-welcome-texts";
import { publicWelcomePath } from "@/lib/welcome/public-welcome-path";

type TProps = { municipality: string; slug: string; pageLocale: TSiteLanguage; language: TWelcomeTextLanguage };

/** The general welcome text with its "translate" switch: every language version has its own URL. */
export async function GeneralWelcomeText({ municipality, slug, pageLocale, language }: TProps) {
  const t = await getTranslations({ locale: pageLocale, namespace: "publicWelcome" });
  const text = GENERAL_WELCOME_TEXTS[language];
  return (
    <section className="general-welcome" aria-labelledby="general-welcome-heading">
      <nav aria-label={t("translate")} className="welcome-languages">
        <p className="weight-semibold">{t("translate")}</p>
        <ul className="unstyled-list inline-list">
          {WELCOME_TEXT_LANGUAGES.map((code) => (
            <li key={code}>
              <a
                href={code === pageLocale ? publicWelcomePath(pageLocale, slug) : publicWelcomePath(pageLocale, slug, code)}
                lang={code}
                hrefLang={code}
                aria-current={code === language ? "true" : undefined}
              >
                {GENERAL_WELCOME_TEXTS[code].nativeName}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div lang={language} dir={text.dir} className={`welcome-text welcome-text-${text.dir}`}>
        <h2 id="general-welcome-heading">{fillMunicipality(text.heading, municipality)}</h2>
        {text.paragraphs.map((paragraph, index) => (
          <p key={index}>{fillMunicipality(paragraph, municipality)}</p>
        ))}
      </div>
    </section>
  );
}
