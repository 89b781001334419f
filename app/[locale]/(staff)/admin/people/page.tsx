import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InputField } from "@/components/form/InputField";
import { Alert } from "@/components/ui/Alert";
import { findArrivals, ZArrivalSearchSchema } from "@/lib/arrivals/find-arrivals";
import { requireUser } from "@/lib/auth/require-user";
import { formatDay } from "@/lib/dates/iso-date";
import { db } from "@/lib/db";
import { DATE_LOCALE } from "@/lib/i18n/languages";
import type { TLocale } from "@/lib/i18n/routing";

type TProps = { params: Promise<{ locale: TLocale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("personData"))("title") };
}

/** Where an administrator answers a newcomer's request for their data, or for its erasure. */
export default async function PersonDataPage({ params, searchParams }: TProps) {
  const { locale } = await params;
  const user = await requireUser({ role: "ADMIN" });
  const raw = await searchParams;
  const search = ZArrivalSearchSchema.pick({ q: true }).parse({ q: typeof raw.q === "string" ? raw.q : undefined });
  const t = await getTranslations("personData");
  // Only a search for a name lists anyone: the page never lists the municipality's arrivals by itself.
  const result = search.q?.trim() ? await findArrivals(db, { user, search: { q: search.q } }) : null;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="font-lead">{t("intro")}</p>
      {raw.erased === "1" ? (
        <Alert variant="success" role="status">
          <p className="alert-text">{t("erased")}</p>
        </Alert>
      ) : null}
      {/* biome-ignore lint/a11y/useSemanticElements: a <search> element is not yet announced by every screen reader DKFDS supports. */}
      <form method="get" action={`/${locale}/admin/people`} role="search" aria-label={t("search")}>
        <InputField id="q" type="search" width="input-width-l" label={t("query")} defaultValue={search.q ?? ""} />
        <button type="submit" className="button button-primary">
          {t("querySubmit")}
        </button>
      </form>
      {result ? (
        <>
          <h2 className="h3" aria-live="polite">
            {t("results", { count: result.total })}
          </h2>
          {result.items.length > 0 ? (
            <table className="table table--zebra table--responsive-headers">
              <caption className="sr-only">{t("search")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("name")}</th>
                  <th scope="col">{t("arrivalDate")}</th>
                  <th scope="col">{t("actions")}</th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((arrival) => {
                  const name = `${arrival.givenName} ${arrival.familyName}`;
                  return (
                    <tr key={arrival.id}>
                      <td data-title={t("name")}>{name}</td>
                      <td data-title={t("arrivalDate")}>{formatDay(arrival.arrivalDate, DATE_LOCALE[locale])}</td>
                      <td data-title={t("actions")}>
                        <a href={`/${locale}/admin/people/${arrival.id}?confirm=export`} aria-label={`${t("export")}: ${name}`}>
                          {t("export")}
                        </a>
                        {" · "}
                        <a href={`/${locale}/admin/people/${arrival.id}?confirm=erase`} aria-label={`${t("erase")}: ${name}`}>
                          {t("erase")}
                        </a>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          ) : null}
        </>
      ) : null}
    </>
  );
}
