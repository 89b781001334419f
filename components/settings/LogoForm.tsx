import { getTranslations } from "next-intl/server";
import { FormField } from "@/components/form/FormField";
import { Alert } from "@/components/ui/Alert";
import { removeLogoAction, saveLogoAction } from "@/lib/municipalities/logo-actions";
import { LOGO_MAX_BYTES } from "@/lib/municipalities/logo-image";
import type { TLogoReference } from "@/lib/municipalities/municipality-logo";

const OUTCOMES = ["saved", "removed", "logoMissing", "logoTooLarge", "logoType", "logoUnreadable", "logoTooComplex", "failed"] as const;

/** The letterhead's logo: upload or remove, as plain forms (they work without JavaScript). */
export async function LogoForm({ logo, letterName, outcome }: { logo: TLogoReference | null; letterName: string; outcome?: string }) {
  const t = await getTranslations("logo");
  const shown = OUTCOMES.find((candidate) => candidate === outcome);
  const isError = shown !== undefined && shown !== "saved" && shown !== "removed";
  return (
    <section aria-labelledby="logo" className="settings-logo">
      <h2 id="logo">{t("title")}</h2>
      {shown ? (
        <Alert variant={isError ? "error" : "success"} role={isError ? "alert" : "status"}>
          <p className="alert-text">{t(`outcomes.${shown}`, { maxKb: LOGO_MAX_BYTES / 1024 })}</p>
        </Alert>
      ) : null}
      <p>{t("intro")}</p>
      {logo ? (
        <figure className="logo-preview">
          {/* biome-ignore lint/performance/noImgElement: Ankomst rendered this PNG at the size shown; an optimiser would only re-encode it. */}
          <img src={logo.path} alt={t("currentAlt", { name: letterName })} width={logo.width} height={logo.height} />
          <figcaption className="form-hint">{t("current")}</figcaption>
        </figure>
      ) : (
        <p className="form-hint">{t("none")}</p>
      )}
      <form action={saveLogoAction} className="logo-form">
        <FormField id="logo-file" label={t("file")} hint={t("fileHint", { maxKb: LOGO_MAX_BYTES / 1024 })}>
          {(describedBy) => <input id="logo-file" name="logo" type="file" accept="image/svg+xml,image/png,.svg,.png" required aria-describedby={describedBy} />}
        </FormField>
        <button type="submit" className="button button-primary">
          {t(logo ? "replace" : "upload")}
        </button>
      </form>
      {logo ? (
        <form action={removeLogoAction} className="logo-remove">
          <button type="submit" className="button button-secondary">
            {t("remove")}
          </button>
        </form>
      ) : null}
    </section>
  );
}
