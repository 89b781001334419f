import { getTranslations } from "next-intl/server";
import { pageWindow } from "@/lib/pagination/page-window";

// Det Fælles Designsystem's chevron icons, inline: on a phone the arrow is all that shows of the link.
const CHEVRONS = { previous: "M560-240 320-480l240-240 56 56-184 184 184 184-56 56Z", next: "M504-480 320-664l56-56 240 240-240 240-56-56 184-184Z" };
const Chevron = ({ direction }: { direction: keyof typeof CHEVRONS }) => (
  <svg className="icon-svg" viewBox="0 -960 960 960" focusable="false" aria-hidden="true">
    <path d={CHEVRONS[direction]} />
  </svg>
);

type TPaginationProps = { page: number; pageCount: number; hrefFor: (page: number) => string };

/** Det Fælles Designsystem's pagination: plain links, so every page of results has its own URL. */
export async function Pagination({ page, pageCount, hrefFor }: TPaginationProps) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("arrivalSearch");
  return (
    <nav className="pagination" aria-label={t("pagination")}>
      {page > 1 ? (
        <a href={hrefFor(page - 1)} className="button button-arrow button-previous" rel="prev" aria-label={t("previous")}>
          <Chevron direction="previous" />
          <span className="pagination-nav-link">{t("previous")}</span>
        </a>
      ) : null}
      <span className="pagination-mobile">{t("pageOf", { page, pageCount })}</span>
      <ul className="pagination__items">
        {pageWindow(page, pageCount).map((item, index) =>
          item === "gap" ? (
            <li key={`gap-${index}`} className="pagination-item pagination-overflow">
              <span className="sr-only">{t("hiddenPages")}</span>
              <span aria-hidden="true">…</span>
            </li>
          ) : (
            <li key={item} className="pagination-item pagination-number">
              <a
                href={hrefFor(item)}
                className={item === page ? "button current-page" : "button button-secondary"}
                aria-label={t("pageNumber", { page: item })}
                aria-current={item === page ? "page" : undefined}
              >
                {item}
              </a>
            </li>
          ),
        )}
      </ul>
      {page < pageCount ? (
        <a href={hrefFor(page + 1)} className="button button-arrow button-next" rel="next" aria-label={t("next")}>
          <span className="pagination-nav-link">{t("next")}</span>
          <Chevron direction="next" />
        </a>
      ) : null}
    </nav>
  );
}
