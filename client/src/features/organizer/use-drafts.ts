// Drafts created in this browser session, per user, kept in sessionStorage so they survive moving
// between pages and reloads but not closing the tab. There is no "my events" query yet.
import { useCallback, useEffect, useState } from 'react';
import type { OrganizerEvent } from './api/create-event';

export interface DraftsControls {
  drafts: OrganizerEvent[];
  /** Adds a new draft on top, or replaces the stored copy with the same id (after publishing). */
  upsert(event: OrganizerEvent): void;
}

function storageKey(username: string): string {
  return `herald.drafts.${username}`;
}

function read(username: string): OrganizerEvent[] {
  try {
    const raw = sessionStorage.getItem(storageKey(username));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? (parsed as OrganizerEvent[]) : [];
  } catch {
    // Storage can be disabled or full; the list then lives only in memory.
    return [];
  }
}

export function useDrafts(username: string): DraftsControls {
  const [drafts, setDrafts] = useState<OrganizerEvent[]>(() => read(username));

  useEffect(() => {
    setDrafts(read(username));
  }, [username]);

  const upsert = useCallback(
    (event: OrganizerEvent) => {
      setDrafts((current) => {
        const exists = current.some((draft) => draft.id === event.id);
        const next = exists ? current.map((draft) => (draft.id === event.id ? event : draft)) : [event, ...current];
        try {
          sessionStorage.setItem(storageKey(username), JSON.stringify(next));
        } catch {
          // See read(): keeping the in-memory list is enough.
        }
        return next;
      });
    },
    [username],
  );

  return { drafts, upsert };
}
