import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { listRecentArrivals } from "@/lib/arrivals/list-recent-arrivals";
import { db } from "@/lib/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("arrivals"))("title") };
}

export default async function ArrivalsPage() {
  const user = await requireUser({ role: "CASEWORKER" });
  const [t, basis, common, format] = await Promise.all([
    getTranslations("arrivals"),
    getTranslations("residenceBasis"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const arrivals = await listRecentArrivals(db, { user });
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="font-lead">{t("intro", { municipality: common("municipality", { name: user.municipality.name }) })}</p>
      {arrivals.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--zebra">
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
              {arrivals.map((arrival) => (
                <tr key={arrival.id}>
                  <td>
                    {arrival.givenName} {arrival.familyName}
                  </td>
                  <td>{format.dateTime(arrival.arrivalDate, { dateStyle: "medium", timeZone: "UTC" })}</td>
                  <td>{arrival.nationality}</td>
                  <td>{basis(arrival.residenceBasis)}</td>
                  <td>{arrival._count.householdMembers + 1}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
