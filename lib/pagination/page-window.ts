export type TPageWindowItem = number | "gap";

/**
 * The page numbers a pagination bar shows, as Det Fælles Designsystem lays them out: all of them
 * up to seven pages, otherwise the first and last page, the current page with its neighbours, and
 * gaps ("…") for the pages left out.
 */
export function pageWindow(page: number, pageCount: number): TPageWindowItem[] {
  if (pageCount <= 7) return Array.from({ length: pageCount }, (_, index) => index + 1);
  if (page < 5) return [1, 2, 3, 4, 5, "gap", pageCount];
  if (page + 4 > pageCount) return [1, "gap", pageCount - 4, pageCount - 3, pageCount - 2, pageCount - 1, pageCount];
  return [1, "gap", page - 1, page, page + 1, "gap", pageCount];
}
