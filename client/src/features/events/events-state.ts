// The events list as a reducer: pages appended in order, live-published events inserted at their place
// in start order (when that place is already loaded), no duplicates. Pure, so the rules are unit tested.
import type { EventView } from '../../lib/event-details';

/** The latest live arrival, for the notice. */
export interface LiveNotice {
  id: string;
  title: string;
  /** False when the event sorts after the loaded pages; it will come with "Load more". */
  inList: boolean;
}

export interface EventsState {
  items: EventView[];
  nextToken: string | null;
  status: 'loading' | 'idle';
  /** Whether a first page has ever arrived; drives the empty state. */
  loaded: boolean;
  error: string | null;
  /** Ids that arrived live, so they can be highlighted. */
  liveIds: string[];
  notice: LiveNotice | null;
}

export type EventsAction =
  | { type: 'reset' }
  | { type: 'load-started' }
  | { type: 'page-loaded'; items: EventView[]; nextToken: string | null }
  | { type: 'load-failed'; message: string }
  | { type: 'published'; event: EventView }
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

function byStart(a: EventView, b: EventView): number {
  return a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : a.id.localeCompare(b.id);
}

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
      const last = state.items[state.items.length - 1];
      // Past the last loaded event with more pages to come, its place is not on screen yet.
      const inList = !state.nextToken || (last !== undefined && byStart(event, last) <= 0);
      const others = state.items.filter((item) => item.id !== event.id);
      const items = inList ? [...others, event].sort(byStart) : others;
      return {
        ...state,
        items,
        liveIds: state.liveIds.includes(event.id) ? state.liveIds : [...state.liveIds, event.id],
        notice: { id: event.id, title: event.title, inList },
      };
    }
    case 'notice-dismissed':
      return { ...state, notice: null };
  }
}
