// A list read page by page with nextToken: first page on mount, "load more", retry, and answers from an
// abandoned load (unmount, React's development double effect) dropped so no page is ever added twice.
import { useCallback, useEffect, useRef, useState } from 'react';
import { describeGraphqlError } from './graphql-errors';

export interface PagedList<T> {
  items: T[];
  nextToken: string | null;
  loading: boolean;
  /** A first page has arrived. */
  loaded: boolean;
  error: string | null;
  loadMore(): void;
  /** After a failed first page, starts over; after a later one, continues where it stopped. */
  retry(): void;
}

export function usePagedList<T>(fetchPage: (nextToken: string | null) => Promise<{ items: T[]; nextToken: string | null }>): PagedList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [nextToken, setNextToken] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);

  const load = useCallback(
    (token: string | null) => {
      const current = generation.current;
      setLoading(true);
      setError(null);
      fetchPage(token).then(
        (page) => {
          if (generation.current !== current) return;
          setItems((known) => (token ? [...known, ...page.items] : page.items));
          setNextToken(page.nextToken);
          setLoaded(true);
          setLoading(false);
        },
        (caught: unknown) => {
          if (generation.current !== current) return;
          setError(describeGraphqlError(caught).message);
          setLoading(false);
        },
      );
    },
    [fetchPage],
  );

  useEffect(() => {
    generation.current += 1;
    load(null);
    return () => {
      generation.current += 1;
    };
  }, [load]);

  return { items, nextToken, loading, loaded, error, loadMore: () => load(nextToken), retry: () => load(loaded ? nextToken : null) };
}
