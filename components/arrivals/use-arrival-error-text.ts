import { useTranslations } from "next-intl";
import { arrivalTextLimit, type TFieldErrors } from "@/lib/arrivals/schemas";

/** A field's error in words, by its form path; "too long" names the field's limit. */
export function useArrivalErrorText(fieldErrors: TFieldErrors) {
  const t = useTranslations("arrivalForm.errors");
  return (path: string): string | undefined => {
    const key = fieldErrors[path];
    return key ? t(key, { max: arrivalTextLimit(path) ?? 0 }) : undefined;
  };
}
