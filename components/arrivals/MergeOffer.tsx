import { getTranslations } from "next-intl/server";
import { getDateFormatter } from "@/lib/i18n/server-formatter";

type TDuplicate = { id: string; givenName: string; familyName: string; arrivalDate: Date };

/** On an arrival's page: the records that are likely the same household, each with the way to compare and merge them. */
export async function MergeOffer({ arrivalId, duplicates, locale }: { arrivalId: string; duplicates: TDuplicate[]; locale: string }) {
  if (duplicates.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("mergeArrivals"), getDateFormatter()]);
  return (
    <section aria-labelledby="likely-duplicates" className="merge-offer no-print">
      <h2 id="likely-duplicates">{t("offerTitle")}</h2>
      <p>{t("offerIntro")}</p>
      <ul className="nobullet-list">
        {duplicates.map((duplicate) => (
          <li key={duplicate.id}>
            <a href={`/${locale}/arrivals/${duplicate.id}`}>
              {duplicate.givenName} {duplicate.familyName}
            </a>{" "}
            ({t("arrived", { date: format.dateTime(duplicate.arrivalDate, { dateStyle: "medium", timeZone: "UTC" }) })}) ·{" "}
            <a href={`/${locale}/arrivals/${arrivalId}/merge/${duplicate.id}`}>{t("compare", { name: `${duplicate.givenName} ${duplicate.familyName}` })}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
