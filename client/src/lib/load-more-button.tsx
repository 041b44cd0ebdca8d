// "Load more" for a paged list that keeps keyboard focus in the page: when the next page arrives, focus moves
// to the first new item's link; when nothing new came and the button is gone (the list ended, or the load
// failed), to the last item's link or else the page heading, never to <body>.
import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { PendingButton } from './pending-button';

export interface LoadMoreButtonProps {
  shown: boolean;
  loading: boolean;
  /** The list whose children are the items, each holding a link. */
  list: RefObject<HTMLElement | null>;
  /** Focus target when the list has no item to land on; needs tabIndex={-1}. */
  heading: RefObject<HTMLElement | null>;
  onLoadMore(): void;
}

export function LoadMoreButton({ shown, loading, list, heading, onLoadMore }: LoadMoreButtonProps) {
  const button = useRef<HTMLButtonElement>(null);
  // The item that was last when "Load more" was pressed (null: none); undefined while no press awaits its page.
  const lastBefore = useRef<Element | null | undefined>(undefined);

  useEffect(() => {
    if (loading || lastBefore.current === undefined) return;
    const last = lastBefore.current;
    lastBefore.current = undefined;
    const active = document.activeElement;
    // Someone who moved elsewhere while the page loaded keeps their place.
    if (active && active !== document.body && active !== button.current) return;
    const items = Array.from(list.current?.children ?? []);
    // Found by element rather than index, so a live insertion above does not shift the target.
    const fresh = items[last ? items.indexOf(last) + 1 : 0]?.querySelector('a');
    const target = fresh ?? (button.current ? null : (items.at(-1)?.querySelector('a') ?? heading.current));
    target?.focus();
  }, [loading, list, heading]);

  if (!shown) return null;
  const press = () => {
    lastBefore.current = list.current?.lastElementChild ?? null;
    onLoadMore();
  };
  return (
    <PendingButton ref={button} onClick={press} pending={loading}>
      {loading ? 'Loading…' : 'Load more'}
    </PendingButton>
  );
}
