// The events list as a reducer: pages appended in order, live-published events put on top, no duplicates.
// Pure, so the merge rules are unit tested without React.
import type { ListedEvent } from './api/list-events';

export interface EventsState {
  items: ListedEvent[];
  nextToken: string | null;
  /** 'idle' once at least one page has loaded (or failed) and no request is running. */
  status: 'loading' | 'idle';
  /** Whether a first page has ever arrived; drives the empty state. */
  loaded: boolean;
  error: string | null;
  /** Ids that arrived live, so they can be highlighted. */
  liveIds: string[];
  /** Latest live notice, announced through a role="status" region. */
  notice: string | null;
}

export type EventsAction =
  | { type: 'reset' }
  | { type: 'load-started' }
  | { type: 'page-loaded'; items: ListedEvent[]; nextToken: string | null }
  | { type: 'load-failed'; message: string }
  | { type: 'published'; event: ListedEvent }
  | { type: 'notice-dismissed' };

export const initialEventsState: EventsState = {
  items: [],
  nextToken: null,
  status: 'loading',
  loaded: false,
  error: null,
  liveIds: [],
  notice: null,
};

export function eventsReducer(state: EventsState, action: EventsAction): EventsState {
  switch (action.type) {
    case 'reset':
      return initialEventsState;
    case 'load-started':
      return { ...state, status: 'loading', error: null };
    case 'page-loaded': {
      // A live event may show up again in a later page; the copy already on screen wins.
      const known = new Set(state.items.map((event) => event.id));
      const fresh = action.items.filter((event) => !known.has(event.id));
      return { ...state, items: [...state.items, ...fresh], nextToken: action.nextToken, status: 'idle', loaded: true };
    }
    case 'load-failed':
      return { ...state, status: 'idle', error: action.message };
    case 'published': {
      const { event } = action;
      if (event.status !== 'PUBLISHED') return state;
      const index = state.items.findIndex((item) => item.id === event.id);
      const items =
        index === -1 ? [event, ...state.items] : state.items.map((item, i) => (i === index ? event : item));
      return {
        ...state,
        items,
        liveIds: state.liveIds.includes(event.id) ? state.liveIds : [...state.liveIds, event.id],
        notice: `New event published: ${event.title}`,
      };
    }
    case 'notice-dismissed':
      return { ...state, notice: null };
  }
}
