import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { WorkListFilters } from "@/components/worklist/WorkListFilters";
import { WorkListSection } from "@/components/worklist/WorkListSection";
import { listArrivalNationalities } from "@/lib/arrivals/arrival-nationalities";
import { requireUser } from "@/lib/auth/require-user";
import { listSteps } from "@/lib/catalogue/step-list";
import { countryOptions } from "@/lib/countries/country-options";
import { danishDayOf } from "@/lib/dates/iso-date";
import { db } from "@/lib/db";
import type { TLocale } from "@/lib/i18n/routing";
import { loadWorkList } from "@/lib/worklist/work-list";
import { type TWorkListSearch, type TWorkListSection, ZWorkListSearchSchema } from "@/lib/worklist/work-list-query";

type TProps = { params: Promise<{ locale: TLocale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("worklist"))("title") };
}

/** The address of the work list with these filters (and a section, and its page). */
function workListHref(locale: TLocale, search: TWorkListSearch, extra: { section?: TWorkListSection; page?: number } = {}) {
  const path = `/${locale}/worklist`;
  const query = new URLSearchParams(
    Object.entries({ ...search, section: extra.section ?? search.section, page: extra.page && extra.page > 1 ? String(extra.page) : undefined })
      .filter((entry): entry is [string, string] => Boolean(entry[1]))
      .map(([key, value]) => [key, String(value)]),
  );
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export default async function WorkListPage({ params, searchParams }: TProps) {
  const { locale } = await params;
  const user = await requireUser({ role: "CASEWORKER" });
  const raw = await searchParams;
  // The page number goes to the list only: the addresses of the other sections and the CSV leave it out.
  const { page, ...search } = ZWorkListSearchSchema.parse(
    Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value || undefined])),
  );
  const now = new Date();
  const clock = { today: danishDayOf(now), now };
  const [t, common, sections, nationalities, steps] = await Promise.all([
    getTranslations("worklist"),
    getTranslations("common"),
    loadWorkList(db, { user, search: { ...search, page }, clock, language: locale }),
    listArrivalNationalities(db, user),
    listSteps(db, { municipalityId: user.municipalityId, language: locale }),
  ]);
  const offered = new Set([...nationalities, ...(search.nationality ? [search.nationality] : [])]);
  const countries = countryOptions(locale).filter((country) => offered.has(country.code));
  const csvQuery = Object.entries({ ...search, locale }).filter((entry): entry is [string, string] => Boolean(entry[1]));
  const csvHref = `/api/worklist?${new URLSearchParams(csvQuery)}`;

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="font-lead">{t("intro", { municipality: common("municipality", { name: user.municipality.name }) })}</p>
      {search.section ? (
        <p>
          <a href={workListHref(locale, { ...search, section: undefined })}>{t("backToOverview")}</a>
        </p>
      ) : null}
      <WorkListFilters
        search={search}
        countries={countries}
        steps={steps.filter((step) => step.hasDeadline && (step.isActive || step.key === search.step))}
        action={`/${locale}/worklist`}
      />
      <p>
        <a href={csvHref} download>
          {t("downloadCsv")}
        </a>
      </p>
      {sections.map((result) => (
        <WorkListSection
          key={result.section}
          result={result}
          locale={locale}
          today={clock.today}
          isWhole={Boolean(search.section)}
          sectionHref={(to) => workListHref(locale, search, { section: result.section, page: to })}
        />
      ))}
    </>
  );
}
