import { getTranslations } from "next-intl/server";

type TPaginationProps = { page: number; pageCount: number; hrefFor: (page: number) => string };

export async function Pagination({ page, pageCount, hrefFor }: TPaginationProps) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("arrivalSearch");
  return (
    <nav className="pagination" aria-label={t("pagination")}>
      <ul className="pagination__items">
        {page > 1 ? (
          <li className="pagination-item">
            <a href={hrefFor(page - 1)} className="button button-arrow button-previous" rel="prev">
              {t("previous")}
            </a>
          </li>
        ) : null}
        <li className="pagination-item pagination-number">
          <span aria-current="page">{t("pageOf", { page, pageCount })}</span>
        </li>
        {page < pageCount ? (
          <li className="pagination-item">
            <a href={hrefFor(page + 1)} className="button button-arrow button-next" rel="next">
              {t("next")}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
