import { getLocale, getTranslations } from "next-intl/server";
import { RadioGroup } from "@/components/form/RadioGroup";
import { QrCodeSvg } from "@/components/packet/QrCodeSvg";
import { AlertRegion } from "@/components/ui/Alert";
import { personalLinkUrl } from "@/lib/app-url";
import { generatePacketAction, reissueLinkAction, revokeLinkAction } from "@/lib/arrivals/arrival-page-actions";
import type { TPacketLanguage } from "@/lib/i18n/languages";
import { Link } from "@/lib/i18n/navigation";
import { getDateFormatter } from "@/lib/i18n/server-formatter";
import { languagesGivenOut } from "@/lib/packet/languages-given-out";
import { CopyLinkButton } from "./CopyLinkButton";

type TArrivalPacketPanelProps = {
  arrivalId: string;
  packetLanguage: TPacketLanguage;
  link: { token: string; expiresAt: Date; lastOpenedAt: Date | null } | null;
  packets: { id: string; language: TPacketLanguage; generatedAt: Date; generatedBy: { name: string } | null; isLinkValid: boolean }[];
  /** A link action the caseworker chose and must confirm: it kills the link on a letter already printed. */
  confirm: "reissue" | "revoke" | null;
  /** The packet languages the municipality offers. */
  offeredLanguages: readonly TPacketLanguage[];
  /** Offered languages with texts the municipality has not reviewed: the caseworker sees it when choosing (the newcomer never does). */
  notReviewedLanguages?: ReadonlySet<TPacketLanguage>;
};

/** The arrival's welcome packet and personal link, on the arrival page. */
export async function ArrivalPacketPanel({
  arrivalId,
  packetLanguage,
  link,
  packets,
  confirm,
  offeredLanguages,
  notReviewedLanguages,
}: TArrivalPacketPanelProps) {
  const [t, form, format] = await Promise.all([getTranslations("packetUi"), getTranslations("arrivalForm"), getDateFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const url = link ? personalLinkUrl(packetLanguage, link.token) : null;
  const chosenLanguage = offeredLanguages.includes(packetLanguage) ? packetLanguage : offeredLanguages[0];
  return (
    <>
      <h2>{t("packetTitle")}</h2>
      <form action={generatePacketAction} className="packet-generate">
        <input type="hidden" name="arrivalId" value={arrivalId} />
        <RadioGroup
          name="language"
          legend={t("language")}
          options={offeredLanguages.map((language) => ({
            value: language,
            label: form(`languages.${language}`),
            hint: notReviewedLanguages?.has(language) ? t("languageNotReviewed") : undefined,
          }))}
          defaultValue={chosenLanguage}
        />
        <button type="submit" className="button button-primary">
          {t("generate")}
        </button>
      </form>
      <p>
        <Link href={`/arrivals/${arrivalId}/packet?language=${packetLanguage}`}>{t("webVersion")}</Link>
      </p>
      {packets.length === 0 ? (
        <p>{t("noPackets")}</p>
      ) : (
        <table className="table table--responsive-headers">
          <caption className="sr-only">{t("history")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("generatedAt")}</th>
              <th scope="col">{t("generatedBy")}</th>
              <th scope="col">{t("language")}</th>
              <th scope="col">{t("linkColumn")}</th>
              <th scope="col">{t("document")}</th>
            </tr>
          </thead>
          <tbody>
            {packets.map((packet) => (
              <tr key={packet.id}>
                <td data-title={t("generatedAt")}>{when(packet.generatedAt)}</td>
                <td data-title={t("generatedBy")}>{packet.generatedBy?.name ?? "–"}</td>
                <td data-title={t("language")}>{form(`languages.${packet.language}`)}</td>
                <td data-title={t("linkColumn")}>{packet.isLinkValid ? t("linkValid") : <strong>{t("linkNoLongerValid")}</strong>}</td>
                <td data-title={t("document")}>
                  <a href={`/api/arrivals/${arrivalId}/packets/${packet.id}`}>{t("downloadPdf")}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t("linkTitle")}</h2>
      {url && link ? (
        <div className="personal-link">
          <div className="packet-qr">
            <QrCodeSvg text={url} label={t("qrLabel")} />
          </div>
          <p>
            <a href={url} className="personal-link-url">
              {url}
            </a>
          </p>
          <p className="form-hint">
            {t("linkExpires", { date: format.dateTime(link.expiresAt, { dateStyle: "long" }) })}
            {link.lastOpenedAt ? ` · ${t("linkLastOpened", { date: when(link.lastOpenedAt) })}` : ` · ${t("linkNeverOpened")}`}
          </p>
          <div className="form-actions no-print">
            <CopyLinkButton url={url} labels={{ copy: t("copy"), copied: t("copied") }} />
            <Link href={`/arrivals/${arrivalId}/link`} className="button button-secondary">
              {t("print")}
            </Link>
          </div>
        </div>
      ) : (
        <p>{t("noLink")}</p>
      )}
      {link && confirm ? (
        <ConfirmLinkAction
          arrivalId={arrivalId}
          action={confirm}
          // The languages of the letters given out, in the words of the language names the form uses.
          regenerateLanguages={languagesGivenOut(packets, offeredLanguages).map((language) => form(`languages.${language}`))}
        />
      ) : link ? (
        // Links to a confirmation, not forms: each of these kills the link on a letter already printed.
        <div className="form-actions no-print">
          <Link href={`/arrivals/${arrivalId}?confirm=reissue#confirm-link-action`} className="button button-secondary">
            {t("reissue")}
          </Link>
          <Link href={`/arrivals/${arrivalId}?confirm=revoke#confirm-link-action`} className="button button-tertiary">
            {t("revoke")}
          </Link>
        </div>
      ) : (
        <form action={reissueLinkAction} className="link-reissue form-actions no-print">
          <input type="hidden" name="arrivalId" value={arrivalId} />
          <button type="submit" className="button button-secondary">
            {t("issue")}
          </button>
        </form>
      )}
    </>
  );
}

/** "Are you sure?" for a new link or a revoked one, as a page state that works without JavaScript. */
async function ConfirmLinkAction({
  arrivalId,
  action,
  regenerateLanguages,
}: {
  arrivalId: string;
  action: "reissue" | "revoke";
  regenerateLanguages: string[];
}) {
  const [t, locale] = await Promise.all([getTranslations("packetUi.confirmLink"), getLocale()]);
  // A new link makes every letter given out useless: offer to make them again with it, in the same step.
  const offersRegeneration = action === "reissue" && regenerateLanguages.length > 0;
  return (
    <AlertRegion variant="warning" className="no-print" id="confirm-link-action" heading={t(`${action}.title`)} headingId="confirm-link-heading">
      <p className="alert-text">{t(`${action}.consequence`)}</p>
      <p className="alert-text">{t(`${action}.next`)}</p>
      <form action={action === "reissue" ? reissueLinkAction : revokeLinkAction} className={`link-${action} form-actions`}>
        <input type="hidden" name="arrivalId" value={arrivalId} />
        {offersRegeneration ? (
          <>
            <button type="submit" name="regenerate" value="packets" className="button button-primary">
              {t("reissue.confirmAndGenerate", { languages: new Intl.ListFormat(locale, { type: "conjunction" }).format(regenerateLanguages) })}
            </button>
            <button type="submit" className="button button-secondary">
              {t("reissue.confirmOnly")}
            </button>
          </>
        ) : (
          <button type="submit" className="button button-primary">
            {t(`${action}.confirm`)}
          </button>
        )}
        <Link href={`/arrivals/${arrivalId}`} className="button button-secondary">
          {t("cancel")}
        </Link>
      </form>
    </AlertRegion>
  );
}
