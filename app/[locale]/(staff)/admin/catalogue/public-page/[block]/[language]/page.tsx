import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MarkReviewedForm } from "@/components/catalogue/MarkReviewedForm";
import { PublicPageTextForm } from "@/components/catalogue/PublicPageTextForm";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { Alert } from "@/components/ui/Alert";
import { BackLink } from "@/components/ui/BackLink";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import { textDirection } from "@/lib/i18n/languages";
import { paragraphsOf } from "@/lib/text/paragraphs";
import { markPublicPageReviewedAction } from "@/lib/welcome/public-page-actions";
import { ZPublicPageBlock, ZSiteLanguage } from "@/lib/welcome/public-page-blocks";
import { getPublicPageTextForEditing } from "@/lib/welcome/public-page-texts";

type TProps = { params: Promise<{ locale: string; block: string; language: string }>; searchParams: Promise<{ reviewed?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("publicPageTexts"))("editTitle") };
}

export default async function EditPublicPageTextPage({ params, searchParams }: TProps) {
  const user = await requireUser({ role: "ADMIN" });
  const [{ locale, block: rawBlock, language: rawLanguage }, { reviewed }] = await Promise.all([params, searchParams]);
  const block = ZPublicPageBlock.safeParse(rawBlock);
  const language = ZSiteLanguage.safeParse(rawLanguage);
  if (!block.success || !language.success) notFound();
  const [t, catalogue] = await Promise.all([getTranslations("publicPageTexts"), getTranslations("catalogue")]);
  const { text, master, status } = await getPublicPageTextForEditing(db, { municipalityId: user.municipalityId, block: block.data, language: language.data });
  const explanation =
    status === "outdated" ? "outdatedExplanation" : status === "unreviewed" ? "unreviewedExplanation" : status === "missing" ? "missingExplanation" : null;
  return (
    <>
      <BackLink href="/admin/catalogue/public-page">{t("back")}</BackLink>
      <h1>
        {t(`blocks.${block.data}`)} ({catalogue(`language.${language.data}`)})
      </h1>
      {reviewed === "1" ? (
        <Alert variant="success" role="status">
          <p className="alert-text">{catalogue("reviewedNotice", { count: 1 })}</p>
        </Alert>
      ) : null}
      {explanation ? (
        <Alert variant={status === "unreviewed" ? "info" : "warning"}>
          <p className="alert-text">{t(explanation)}</p>
          {status !== "missing" ? (
            <MarkReviewedForm
              action={markPublicPageReviewedAction}
              fields={{ language: language.data, block: block.data }}
              locale={locale}
              label={catalogue("markReviewed")}
            />
          ) : null}
        </Alert>
      ) : null}
      {master ? (
        <details className="details">
          <summary className="details-summary">{t("showMaster")}</summary>
          <div className="details-text master-text" lang="da">
            <p>
              <strong>{master.title}</strong>
            </p>
            {paragraphsOf(master.body).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
        </details>
      ) : null}
      <ClientMessages namespaces={["publicPageTexts"]}>
        <PublicPageTextForm
          block={block.data}
          language={language.data}
          dir={textDirection(language.data)}
          initialValues={{ title: text?.title ?? "", body: text?.body ?? "" }}
        />
      </ClientMessages>
    </>
  );
}
