import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MarkReviewedForm } from "@/components/catalogue/MarkReviewedForm";
import { ReviewNotices } from "@/components/catalogue/ReviewNotices";
import { TranslationStatusBadge } from "@/components/catalogue/TranslationStatusBadge";
import { BackLink } from "@/components/ui/BackLink";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import { MASTER_LANGUAGE, PUBLIC_PAGE_LANGUAGES } from "@/lib/i18n/languages";
import { Link } from "@/lib/i18n/navigation";
import type { TLocale } from "@/lib/i18n/routing";
import { markPublicPageReviewedAction } from "@/lib/welcome/public-page-actions";
import { listPublicPageTextsForAdmin } from "@/lib/welcome/public-page-texts";
import { publicWelcomePath } from "@/lib/welcome/public-welcome-path";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("publicPageTexts"))("title") };
}

type TProps = { params: Promise<{ locale: TLocale }>; searchParams: Promise<{ reviewed?: string }> };

/** The public page's texts: per language, each block's state (reviewed, not yet, older than Danish, missing), each a link to edit it. */
export default async function PublicPageTextsPage({ params, searchParams }: TProps) {
  const { locale } = await params;
  const user = await requireUser({ role: "ADMIN" });
  const [t, catalogue, { reviewed }] = await Promise.all([getTranslations("publicPageTexts"), getTranslations("catalogue"), searchParams]);
  const blocks = await listPublicPageTextsForAdmin(db, user.municipalityId);
  const needingAttention = blocks.flatMap((block) => block.texts).filter((text) => text.status !== "current").length;
  return (
    <>
      <BackLink href="/admin/catalogue">{catalogue("back")}</BackLink>
      <h1>{t("title")}</h1>
      <p className="font-lead">{t("intro")}</p>
      <p>
        <a href={publicWelcomePath(locale, user.municipality.slug)}>{t("openPage")}</a>
      </p>
      <ReviewNotices reviewed={reviewed} needingAttention={needingAttention} />
      <div className="table--responsive-scroll">
        <table className="table">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("languageColumn")}</th>
              {blocks.map((block) => (
                <th scope="col" key={block.block}>
                  {t(`blocks.${block.block}`)}
                </th>
              ))}
              <th scope="col">{t("actionsColumn")}</th>
            </tr>
          </thead>
          <tbody>
            {PUBLIC_PAGE_LANGUAGES.map((language) => {
              const statuses = blocks.map((block) => ({ block: block.block, status: block.texts.find((text) => text.language === language)!.status }));
              const canMarkReviewed = language !== MASTER_LANGUAGE && statuses.some(({ status }) => status === "unreviewed" || status === "outdated");
              return (
                <tr key={language}>
                  <th scope="row">{catalogue(`language.${language}`)}</th>
                  {statuses.map(({ block, status }) => (
                    <td key={block}>
                      <Link
                        href={`/admin/catalogue/public-page/${block}/${language}`}
                        aria-label={`${t(`blocks.${block}`)}: ${catalogue(`language.${language}`)}`}
                      >
                        {t(`blocks.${block}`)}
                      </Link>{" "}
                      <TranslationStatusBadge status={status} label={catalogue(`status.${status}`)} />
                    </td>
                  ))}
                  <td>
                    {canMarkReviewed ? (
                      <MarkReviewedForm
                        action={markPublicPageReviewedAction}
                        fields={{ language }}
                        locale={locale}
                        label={catalogue("markAllReviewed")}
                        accessibleName={`${catalogue("markAllReviewed")}: ${catalogue(`language.${language}`)}`}
                      />
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
