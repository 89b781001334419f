"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { RadioGroup } from "@/components/form/RadioGroup";
import { Alert } from "@/components/ui/Alert";
import { importXliffAction, type TXliffImportState } from "@/lib/catalogue/xliff/xliff-actions";

type TXliffImportFormProps = { languages: readonly { value: string; label: string }[] };

/**
 * Upload a translated XLIFF file, see what it changes, then apply it. The preview keeps the file's
 * text in the apply form, so nothing is stored until the administrator applies it.
 */
export function XliffImportForm({ languages }: TXliffImportFormProps) {
  const t = useTranslations("catalogue.xliff");
  const locale = useLocale();
  // One action, two steps: the file is checked (the answer keeps its text), then applied.
  const [state, send, isPending] = useActionState<TXliffImportState, FormData>(importXliffAction, null);
  const refusal = state && !state.ok ? state : null;
  const preview = state?.ok ? state : null;
  const languageLabel = (code: string) => languages.find((language) => language.value === code)?.label ?? code;
  return (
    <>
      <form action={send} className="xliff-import-form">
        <input type="hidden" name="intent" value="check" />
        <RadioGroup name="language" legend={t("language")} options={languages} defaultValue={languages[0]?.value} />
        <div className="form-group">
          <label className="form-label" htmlFor="xliff-file">
            {t("file")}
          </label>
          <span className="form-hint" id="xliff-file-hint">
            {t("fileHint")}
          </span>
          <input
            className="form-input"
            type="file"
            id="xliff-file"
            name="file"
            accept=".xlf,.xliff,application/xliff+xml,application/xml,text/xml"
            aria-describedby="xliff-file-hint"
            required
          />
        </div>
        <button type="submit" className="button button-secondary" disabled={isPending}>
          {isPending ? t("checking") : t("check")}
        </button>
      </form>
      <div aria-live="polite">
        {refusal ? (
          <Alert variant="error" role="alert">
            <p className="alert-text">{refusal.message}</p>
            {refusal.problems.length > 0 ? (
              <ul>
                {refusal.problems.map((problem, index) => (
                  // Two units of one step can be refused for the same reason: the same words twice.
                  <li key={`${index}-${problem}`}>{problem}</li>
                ))}
              </ul>
            ) : null}
          </Alert>
        ) : null}
        {preview ? (
          <section aria-labelledby="xliff-preview-heading">
            <h2 id="xliff-preview-heading">{t("previewHeading", { count: preview.changes.length, language: languageLabel(preview.language) })}</h2>
            {preview.changes.length === 0 ? (
              <p>{t("noChanges")}</p>
            ) : (
              <>
                <ul className="xliff-changes">
                  {preview.changes.map((change) => (
                    <li key={`${change.file}:${change.ownerKey}.${change.field}`}>
                      <strong>
                        {t(`files.${change.file}`)} – {change.step}: {t(`fields.${change.field}`)}
                      </strong>
                      <p className="form-hint">
                        {t("now")}: <span lang={preview.language}>{change.before ?? "–"}</span>
                      </p>
                      <p>
                        {t("fromFile")}: <span lang={preview.language}>{change.after}</span>
                      </p>
                    </li>
                  ))}
                </ul>
                <form action={send} className="xliff-apply-form">
                  <input type="hidden" name="intent" value="apply" />
                  <input type="hidden" name="language" value={preview.language} />
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="xml" value={preview.xml} />
                  <button type="submit" className="button button-primary" disabled={isPending}>
                    {isPending ? t("applying") : t("apply", { count: preview.changes.length })}
                  </button>
                </form>
              </>
            )}
          </section>
        ) : null}
      </div>
    </>
  );
}
