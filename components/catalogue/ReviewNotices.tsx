import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/Alert";

type TReviewNoticesProps = {
  /** The `reviewed` search parameter "Mark as reviewed" returns with: how many texts it marked. */
  reviewed: string | undefined;
  /** Texts missing, older than Danish or not yet reviewed. */
  needingAttention: number;
};

/** The translation overviews' notices (the catalogue's, the public page's): what was just marked reviewed, and what needs attention. */
export async function ReviewNotices({ reviewed, needingAttention }: TReviewNoticesProps) {
  const t = await getTranslations("catalogue");
  const reviewedCount = /^\d{1,4}$/.test(reviewed ?? "") ? Number(reviewed) : null;
  return (
    <>
      {reviewedCount !== null ? (
        <Alert variant="success" role="status">
          <p className="alert-text">{t("reviewedNotice", { count: reviewedCount })}</p>
        </Alert>
      ) : null}
      {needingAttention > 0 ? (
        <Alert variant="warning">
          <p className="alert-text">{t("needsAttention", { count: needingAttention })}</p>
        </Alert>
      ) : null}
    </>
  );
}
