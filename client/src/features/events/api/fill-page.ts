// Fills one page across short API pages. The API reads month buckets, so a page can hold fewer events than
// asked for (even none) yet carry a nextToken; following it until the page is full or the list ends means
// "Load more" appears only when there really is more, and never yields an empty page.

export interface Page<T> {
  items: T[];
  nextToken: string | null;
}

/** How many requests one call may make before handing control back ("Load more" stays available). */
export const MAX_REQUESTS_PER_LOAD = 12;

/** Fetches from `nextToken` and keeps following while fewer than `wanted` items arrived and more exist. */
export async function fillPage<T>(
  fetchPage: (nextToken: string | null) => Promise<Page<T>>,
  nextToken: string | null,
  wanted: number,
  maxRequests = MAX_REQUESTS_PER_LOAD,
): Promise<Page<T>> {
  let page = await fetchPage(nextToken);
  const items = [...page.items];
  for (let requests = 1; items.length < wanted && page.nextToken && requests < maxRequests; requests++) {
    page = await fetchPage(page.nextToken);
    items.push(...page.items);
  }
  return { items, nextToken: page.nextToken };
}
