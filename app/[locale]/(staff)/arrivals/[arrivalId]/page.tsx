import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { z } from "zod";
import { ArrivalAssignment } from "@/components/arrivals/ArrivalAssignment";
import { ArrivalPacketPanel } from "@/components/arrivals/ArrivalPacketPanel";
import { ArrivalRemindersPanel } from "@/components/arrivals/ArrivalRemindersPanel";
import { DeleteArrivalPanel } from "@/components/arrivals/DeleteArrivalPanel";
import { MemberCprStatus } from "@/components/arrivals/MemberCprStatus";
import { MergeOffer } from "@/components/arrivals/MergeOffer";
import { RecordCprOffer } from "@/components/arrivals/RecordCprOffer";
import { ArrivalNotes } from "@/components/notes/ArrivalNotes";
import { DeskChecklist } from "@/components/progress/DeskChecklist";
import { Alert } from "@/components/ui/Alert";
import { BackLink } from "@/components/ui/BackLink";
import { arrivalNoticeFrom, isErrorNotice } from "@/lib/arrivals/arrival-notices";
import { listAssignableCaseworkers } from "@/lib/arrivals/assign-arrival";
import { findLikelyDuplicates } from "@/lib/arrivals/find-likely-duplicates";
import { getArrival } from "@/lib/arrivals/get-arrival";
import { CPR_STEP_ID } from "@/lib/arrivals/record-cpr-registration";
import { requireUser } from "@/lib/auth/require-user";
import { languagesNotFullyReviewed } from "@/lib/catalogue/review-translations";
import { countryName } from "@/lib/countries/country-options";
import { danishDayOf, toIsoDate } from "@/lib/dates/iso-date";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import type { TLocale } from "@/lib/i18n/routing";
import { getDateFormatter } from "@/lib/i18n/server-formatter";
import { getActivePersonalLink } from "@/lib/links/personal-links";
import { getOfferedLanguages } from "@/lib/municipalities/offered-languages";
import { readArrivalNotes } from "@/lib/notes/arrival-notes";
import { listGeneratedPackets } from "@/lib/packet/packet-service";
import { getStepProgress } from "@/lib/progress/step-progress";
import { listArrivalReminders } from "@/lib/reminders/list-reminders";
import { loadChecklistSteps } from "@/lib/steps/checklist-steps";

type TProps = { params: Promise<{ locale: TLocale; arrivalId: string }>; searchParams: Promise<{ saved?: string; notice?: string; confirm?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("arrivals"))("title") };
}

export default async function ArrivalPage({ params, searchParams }: TProps) {
  const { locale, arrivalId } = await params;
  const user = await requireUser({ role: "CASEWORKER" });
  if (!z.uuid().safeParse(arrivalId).success) notFound();
  const arrival = await getArrival(db, { user, arrivalId, purpose: "view" });
  if (!arrival) notFound();
  const [t, form, basis, format] = await Promise.all([
    getTranslations("arrivalDetail"),
    getTranslations("arrivalForm"),
    getTranslations("residenceBasis"),
    getDateFormatter(),
  ]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long", timeZone: "UTC" });
  const { saved, notice: rawNotice, confirm: rawConfirm } = await searchParams;
  const confirm = rawConfirm === "reissue" || rawConfirm === "revoke" ? rawConfirm : null;
  const isDeleteAsked = rawConfirm === "delete";
  const today = danishDayOf(new Date());
  const isSaved = saved === "1";
  const notice = arrivalNoticeFrom(rawNotice);
  const target = { municipalityId: user.municipalityId, arrivalId: arrival.id };
  const [packetUi, link, packets, checklist, progress, offeredLanguages, notReviewedLanguages, reminders, notes, caseworkers, duplicates] = await Promise.all([
    getTranslations("packetUi"),
    getActivePersonalLink(db, target),
    listGeneratedPackets(db, target),
    loadChecklistSteps(db, { ...target, language: locale }),
    getStepProgress(db, target),
    getOfferedLanguages(db, user.municipalityId),
    languagesNotFullyReviewed(db, user.municipalityId),
    listArrivalReminders(db, target),
    readArrivalNotes(db, { user, arrivalId: arrival.id }),
    listAssignableCaseworkers(db, user),
    findLikelyDuplicates(db, {
      user,
      givenName: arrival.givenName,
      familyName: arrival.familyName,
      latinName: arrival.latinName ?? "",
      dateOfBirth: toIsoDate(arrival.dateOfBirth),
      addressLine: arrival.addressLine,
      postalCode: arrival.postalCode,
      excludeId: arrival.id,
    }),
  ]);
  const steps = (checklist ?? []).map((step) => ({ id: step.id, title: step.title, tick: progress.get(step.id) ?? null }));
  const spouse = arrival.householdMembers.find((member) => member.kind === "SPOUSE");
  const children = arrival.householdMembers.filter((member) => member.kind === "CHILD");

  const cprTickedAt = arrival.cprRegistered ? null : (progress.get(CPR_STEP_ID)?.completedAt ?? null);
  const rows: [string, ReactNode][] = [
    ...(arrival.latinName ? ([[form("latinName"), arrival.latinName]] as [string, ReactNode][]) : []),
    [form("dateOfBirth"), date(arrival.dateOfBirth)],
    [form("nationality"), countryName(arrival.nationality, locale)],
    [form("packetLanguage"), form(`languages.${arrival.packetLanguage}`)],
    [form("email"), arrival.email ?? "–"],
    [form("phone"), arrival.phone ?? "–"],
    [form("arrivalDate"), date(arrival.arrivalDate)],
    [form("addressLine"), `${arrival.addressLine}, ${arrival.postalCode} ${arrival.city}`],
    [form("residenceBasis"), basis(arrival.residenceBasis)],
    [form("employerOrSchool"), arrival.employerOrSchool ?? "–"],
    [form("expectedStayMonths"), arrival.expectedStayMonths ? t("months", { count: arrival.expectedStayMonths }) : t("unknown")],
    [
      form("cpr"),
      arrival.cprRegistered && arrival.cprRegisteredOn ? (
        t("cprDone", { date: date(arrival.cprRegisteredOn) })
      ) : cprTickedAt ? (
        <RecordCprOffer key="cpr" arrivalId={arrival.id} tickedAt={cprTickedAt} />
      ) : (
        t("cprNotDone")
      ),
    ],
  ];

  return (
    <>
      <BackLink href="/arrivals">{t("back")}</BackLink>
      {isSaved ? (
        <Alert variant="success" role="status">
          <p className="alert-text">{t("saved")}</p>
        </Alert>
      ) : null}
      {notice ? (
        <Alert variant={isErrorNotice(notice) ? "error" : "success"} role="status">
          <p className="alert-text">{packetUi(`notices.${notice}`)}</p>
        </Alert>
      ) : null}
      <h1>
        {arrival.givenName} {arrival.familyName}
      </h1>
      <p>
        <Link href={`/arrivals/${arrival.id}/edit`} className="button button-secondary">
          {t("edit")}
        </Link>
      </p>
      <MergeOffer arrivalId={arrival.id} duplicates={duplicates} locale={locale} />
      <ArrivalAssignment arrivalId={arrival.id} assignedTo={arrival.assignedTo} caseworkers={caseworkers} />
      <h2>{t("person")}</h2>
      <dl className="arrival-facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h2>{t("household")}</h2>
      {arrival.householdMembers.length === 0 ? <p>{t("noHousehold")}</p> : null}
      <ul className="household-list">
        {spouse ? (
          <li>
            <strong>{t("spouse")}:</strong> {spouse.givenName} {spouse.familyName}
            {spouse.dateOfBirth ? `, ${t("born", { date: date(spouse.dateOfBirth) })}` : ""} · {spouse.seekingWork ? t("seekingWork") : t("notSeekingWork")}
            <MemberCprStatus arrivalId={arrival.id} member={spouse} today={today} />
          </li>
        ) : null}
        {children.map((child) => (
          <li key={child.id}>
            <strong>{t("child")}:</strong> {child.givenName} {child.familyName}
            {child.dateOfBirth ? `, ${t("born", { date: date(child.dateOfBirth) })}` : ""}
            <MemberCprStatus arrivalId={arrival.id} member={child} today={today} />
          </li>
        ))}
      </ul>
      <ArrivalPacketPanel
        arrivalId={arrival.id}
        packetLanguage={arrival.packetLanguage}
        link={link}
        packets={packets}
        confirm={confirm}
        offeredLanguages={offeredLanguages}
        notReviewedLanguages={notReviewedLanguages}
      />
      <DeskChecklist arrivalId={arrival.id} steps={steps} />
      {reminders ? <ArrivalRemindersPanel arrivalId={arrival.id} reminders={reminders} /> : null}
      <ArrivalNotes arrivalId={arrival.id} notes={notes} />
      <DeleteArrivalPanel
        arrivalId={arrival.id}
        name={`${arrival.givenName} ${arrival.familyName}`}
        isAsked={isDeleteAsked}
        arrivalHref={`/${locale}/arrivals/${arrival.id}`}
      />
      <p className="form-hint">
        {t("version", { version: arrival.version, date: format.dateTime(arrival.updatedAt, { dateStyle: "medium", timeStyle: "short" }) })}
      </p>
    </>
  );
}
