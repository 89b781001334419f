import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ArrivalSearchForm } from "@/components/arrivals/ArrivalSearchForm";
import { Pagination } from "@/components/arrivals/Pagination";
import { Alert } from "@/components/ui/Alert";
import { listArrivalNationalities } from "@/lib/arrivals/arrival-nationalities";
import { findArrivals, ZArrivalSearchSchema } from "@/lib/arrivals/find-arrivals";
import { RESIDENCE_BASES, type TResidenceBasis } from "@/lib/arrivals/residence-basis";
import { requireUser } from "@/lib/auth/require-user";
import { countryName, countryOptions } from "@/lib/countries/country-options";
import { formatDay } from "@/lib/dates/iso-date";
import { db } from "@/lib/db";
import { DATE_LOCALE } from "@/lib/i18n/languages";
import { Link } from "@/lib/i18n/navigation";
import type { TLocale } from "@/lib/i18n/routing";

type TProps = { params: Promise<{ locale: TLocale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("arrivals"))("title") };
}

export default async function ArrivalsPage({ params, searchParams }: TProps) {
  const { locale } = await params;
  const user = await requireUser({ role: "CASEWORKER" });
  const raw = await searchParams;
  const search = ZArrivalSearchSchema.parse(
    Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value || undefined])),
  );
  const [t, basis, common, result, nationalities, deletion] = await Promise.all([
    getTranslations("arrivals"),
    getTranslations("residenceBasis"),
    getTranslations("common"),
    findArrivals(db, { user, search }),
    listArrivalNationalities(db, user),
    getTranslations("deleteArrival"),
  ]);
  // The filter offers the nationalities there are, and keeps one chosen from an older link.
  const offered = new Set([...nationalities, ...(search.nationality ? [search.nationality] : [])]);
  const countries = countryOptions(locale).filter((country) => offered.has(country.code));
  // Each basis's label once, not once per row.
  const basisLabels = Object.fromEntries(RESIDENCE_BASES.map((option) => [option, basis(option)])) as Record<TResidenceBasis, string>;
  const isFiltered = Boolean(search.q || search.from || search.to || search.basis || search.nationality || search.assigned);
  const hrefFor = (page: number) => {
    const query = new URLSearchParams(
      Object.entries({ ...search, page: String(page) })
        .filter((entry): entry is [string, string] => Boolean(entry[1]))
        .map(([k, v]) => [k, String(v)]),
    );
    return `/${locale}/arrivals?${query}`;
  };

  return (
    <>
      <div className="page-title-row">
        <h1>{t("title")}</h1>
        <Link href="/arrivals/new" className="button button-primary">
          {t("newArrival")}
        </Link>
      </div>
      {raw.deleted === "1" ? (
        <Alert variant="success" role="status">
          <p className="alert-text">{deletion("deleted")}</p>
        </Alert>
      ) : null}
      <p className="font-lead">{t("intro", { municipality: common("municipality", { name: user.municipality.name }) })}</p>
      <ArrivalSearchForm search={search} countries={countries} action={`/${locale}/arrivals`} />
      <h2 className="h3" aria-live="polite">
        {t("resultCount", { count: result.total })}
      </h2>
      {result.total === 0 ? (
        <>
          <p>{isFiltered ? t("noMatches") : `${t("empty")} ${t("emptyHelp")}`}</p>
          {result.suggestions.length > 0 ? (
            <nav aria-labelledby="did-you-mean">
              <h3 id="did-you-mean" className="h5">
                {t("didYouMean")}
              </h3>
              <ul className="nobullet-list">
                {result.suggestions.map((suggestion) => (
                  <li key={`${suggestion.arrivalId}-${suggestion.name}`}>
                    <a href={`/${locale}/arrivals?${new URLSearchParams({ q: suggestion.name })}`}>{suggestion.name}</a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--zebra table--responsive-headers">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("arrivalDate")}</th>
                <th scope="col">{t("nationality")}</th>
                <th scope="col">{t("residenceBasis")}</th>
                <th scope="col">{t("householdSize")}</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((arrival) => (
                <tr key={arrival.id}>
                  <td data-title={t("name")}>
                    {/* A plain link: twenty client-side Links would each be prefetched on every list view. */}
                    <a href={`/${locale}/arrivals/${arrival.id}`}>
                      {arrival.givenName} {arrival.familyName}
                    </a>
                    {arrival.matchedMembers.map((member) => (
                      <span key={member.position} className="matched-member">
                        {t("matchedMember", { kind: member.kind, name: `${member.givenName} ${member.familyName}` })}
                      </span>
                    ))}
                  </td>
                  <td data-title={t("arrivalDate")}>{formatDay(arrival.arrivalDate, DATE_LOCALE[locale])}</td>
                  <td data-title={t("nationality")}>{countryName(arrival.nationality, locale)}</td>
                  <td data-title={t("residenceBasis")}>{basisLabels[arrival.residenceBasis]}</td>
                  <td data-title={t("householdSize")}>{arrival._count.householdMembers + 1}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} />
    </>
  );
}
