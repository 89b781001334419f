"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Ref } from "react";
import { Alert } from "@/components/ui/Alert";
import { inFormOrder, type TFieldErrors } from "@/lib/arrivals/schemas";
import { fromIsoDate } from "@/lib/dates/iso-date";
import { dateFormatterFor } from "@/lib/i18n/formatter";
import { Link } from "@/lib/i18n/navigation";
import { useArrivalErrorText } from "./use-arrival-error-text";

type TErrorSummaryProps = {
  ref: Ref<HTMLDivElement>;
  message: string | null;
  errors: TFieldErrors;
  duplicates?: { id: string; name: string; arrivalDate: string }[];
  labelFor: (path: string) => string;
};

/** The form's errors at the top, each linking to its field, as Det Fælles Designsystem does. */
export function ErrorSummary({ ref, message, errors, duplicates, labelFor }: TErrorSummaryProps) {
  const t = useTranslations("arrivalForm");
  const format = dateFormatterFor(useLocale());
  const errorText = useArrivalErrorText(errors);
  const paths = inFormOrder(Object.keys(errors));
  return (
    <div aria-live="assertive">
      {message ? (
        <Alert variant="error" role="alert" tabIndex={-1} ref={ref} id="form-error-summary">
          <p className="alert-text">{message}</p>
          {paths.length > 0 ? (
            <ul className="alert-text">
              {paths.map((path) => (
                <li key={path}>
                  <a href={`#${path}`}>
                    {labelFor(path)}: {errorText(path)}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
          {duplicates?.length ? (
            <ul className="alert-text">
              {duplicates.map((duplicate) => (
                <li key={duplicate.id}>
                  <Link href={`/arrivals/${duplicate.id}`} target="_blank">
                    {t("duplicateArrived", {
                      name: duplicate.name,
                      date: format.dateTime(fromIsoDate(duplicate.arrivalDate), { dateStyle: "medium", timeZone: "UTC" }),
                    })}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
    </div>
  );
}
