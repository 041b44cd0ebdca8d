// Follows nextToken past empty pages. The API pages by month bucket, so a page can be empty yet have a
// nextToken; the list should show the next events, not an empty page with a "Load more" button.

export interface Page<T> {
  items: T[];
  nextToken: string | null;
}

/** How many pages one call may request before handing control back ("Load more" stays available). */
export const MAX_PAGES_PER_LOAD = 30;

/** Fetches from `nextToken`, then again while the page is empty and has a token, up to `maxPages` requests. */
export async function followEmptyPages<T>(
  fetchPage: (nextToken: string | null) => Promise<Page<T>>,
  nextToken: string | null,
  maxPages = MAX_PAGES_PER_LOAD,
): Promise<Page<T>> {
  let page = await fetchPage(nextToken);
  for (let requests = 1; page.items.length === 0 && page.nextToken && requests < maxPages; requests++) {
    page = await fetchPage(page.nextToken);
  }
  return page;
}
