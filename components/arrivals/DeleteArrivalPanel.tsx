import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { AlertRegion } from "@/components/ui/Alert";
import { DeleteArrivalForm } from "./DeleteArrivalForm";

/**
 * The arrival page's last section: deleting a record registered by mistake, in two steps (a link to
 * the confirmation, then the reason and a button naming the household), as a page state that works
 * without JavaScript.
 */
export async function DeleteArrivalPanel({
  arrivalId,
  name,
  isAsked,
  arrivalHref,
}: {
  arrivalId: string;
  name: string;
  isAsked: boolean;
  arrivalHref: string;
}) {
  const t = await getTranslations("deleteArrival");
  return (
    <section aria-labelledby="delete-arrival" className="delete-arrival no-print" id="delete">
      <h2 id="delete-arrival">{t("title")}</h2>
      <p>{t("intro")}</p>
      {isAsked ? (
        <AlertRegion variant="warning" id="confirm-delete" heading={t("start")} headingId="confirm-delete-heading">
          <p className="alert-text">{t("warning", { name })}</p>
          <ClientMessages namespaces={["deleteArrival"]}>
            <DeleteArrivalForm arrivalId={arrivalId} name={name} cancelHref={arrivalHref} />
          </ClientMessages>
        </AlertRegion>
      ) : (
        <a href={`${arrivalHref}?confirm=delete#delete`} className="button button-secondary">
          {t("start")}
        </a>
      )}
    </section>
  );
}
