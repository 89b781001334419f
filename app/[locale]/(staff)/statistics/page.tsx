import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import { getReceptionOverview } from "@/lib/stats/get-reception-overview";
import type { TSuppressedCount } from "@/lib/stats/suppress-small-counts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("statistics"))("title") };
}

export default async function StatisticsPage() {
  const user = await requireUser({ role: "MANAGER" });
  const [t, basis, common] = await Promise.all([getTranslations("statistics"), getTranslations("residenceBasis"), getTranslations("common")]);
  const overview = await getReceptionOverview(db, { municipalityId: user.municipalityId });
  const show = (count: TSuppressedCount) => (count.isSuppressed ? t("suppressed") : String(count.value));
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="font-lead">{t("intro", { municipality: common("municipality", { name: user.municipality.name }) })}</p>
      <dl>
        <dt>{t("arrivalsTotal")}</dt>
        <dd>{show(overview.total)}</dd>
        <dt>{t("arrivalsThisYear")}</dt>
        <dd>{show(overview.thisYear)}</dd>
      </dl>
      <h2>{t("byResidenceBasis")}</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("byResidenceBasis")}</th>
            <th scope="col">{t("count")}</th>
          </tr>
        </thead>
        <tbody>
          {overview.byResidenceBasis.map((row) => (
            <tr key={row.residenceBasis}>
              <td>{basis(row.residenceBasis)}</td>
              <td>{show(row.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
