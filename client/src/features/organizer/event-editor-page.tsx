// Creating and managing one event. New: the form only; saving creates a draft and opens it here. Existing:
// the form (updates carry the version last seen; a conflict offers the latest version), the cover image,
// publish / cancel / delete, and, once published, the live progress of the email announcement.
import { useCallback, useEffect, useState } from 'react';
import { hashFor } from '../../app/routes';
import type { Route } from '../../app/routes';
import type { EventView } from '../../lib/event-details';
import { describeGraphqlError } from '../../lib/graphql-errors';
import { viewerTimeZone } from '../../lib/time-format';
import { AnnouncementProgress } from './announcement-progress';
import { createEvent, eventForEditing, updateEvent } from './api/events';
import { EventForm } from './event-form';
import { ImageUpload } from './image-upload';
import { LifecyclePanel } from './lifecycle-panel';
import { emptyEventForm, eventToForm } from './validate-event-form';

export interface EventEditorPageProps {
  /** Null for a new event. */
  id: string | null;
  navigate(route: Route, options?: { replace?: boolean }): void;
}

type Load = { status: 'loading' } | { status: 'not-found' } | { status: 'error'; message: string } | { status: 'ready'; event: EventView };

export function EventEditorPage({ id, navigate }: EventEditorPageProps) {
  const zone = viewerTimeZone();
  const [load, setLoad] = useState<Load>(id ? { status: 'loading' } : { status: 'not-found' });
  // Bumped to re-mount the form with fresh values (after loading the latest version).
  const [formKey, setFormKey] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);

  const read = useCallback(async (eventId: string) => {
    try {
      const event = await eventForEditing(eventId);
      setLoad(event ? { status: 'ready', event } : { status: 'not-found' });
      setFormKey((key) => key + 1);
    } catch (caught) {
      setLoad({ status: 'error', message: describeGraphqlError(caught).message });
    }
  }, []);

  useEffect(() => {
    if (id) {
      setLoad({ status: 'loading' });
      void read(id);
    }
  }, [id, read]);

  if (!id) {
    return (
      <section className="stack">
        <p>
          <a href={hashFor({ name: 'organizer' })}>← Your events</a>
        </p>
        <h1 tabIndex={-1}>Create an event</h1>
        <p className="muted">New events are saved as drafts. You can add a cover image and publish on the next page.</p>
        <EventForm
          initial={emptyEventForm(zone)}
          browserZone={zone}
          submitLabel="Create draft"
          pendingLabel="Creating…"
          requireFutureStart={() => true}
          onSave={async (input) => {
            const created = await createEvent(input);
            navigate({ name: 'edit-event', id: created.id }, { replace: true });
          }}
        />
      </section>
    );
  }

  const setEvent = (event: EventView) => setLoad({ status: 'ready', event });

  return (
    <section className="stack">
      <p>
        <a href={hashFor({ name: 'organizer' })}>← Your events</a>
      </p>
      {load.status === 'loading' && (
        <div aria-busy="true">
          <h1 tabIndex={-1}>Loading event…</h1>
          <div className="card skeleton skeleton-page" />
        </div>
      )}
      {load.status === 'not-found' && (
        <>
          <h1 tabIndex={-1}>Event not found</h1>
          <p>It may have been deleted, or it belongs to another organizer.</p>
        </>
      )}
      {load.status === 'error' && (
        <>
          <h1 tabIndex={-1}>Could not load this event</h1>
          <div role="alert" className="card error-box">
            <p>{load.message}</p>
            <button type="button" onClick={() => void read(id)}>
              Try again
            </button>
          </div>
        </>
      )}
      {load.status === 'ready' && (
        <>
          <div className="page-head">
            <h1 tabIndex={-1}>
              {load.event.title}
              <span className={`badge status-${load.event.status.toLowerCase()}`}>{load.event.status.toLowerCase()}</span>
            </h1>
            {load.event.status !== 'DRAFT' && <a href={hashFor({ name: 'event', id })}>Public page</a>}
          </div>
          <LifecyclePanel event={load.event} onChanged={setEvent} onDeleted={() => navigate({ name: 'organizer' }, { replace: true })} />
          {load.event.status !== 'DRAFT' && <AnnouncementProgress eventId={id} />}
          <ImageUpload event={load.event} onChanged={setEvent} />
          {load.event.status === 'CANCELLED' ? (
            <p className="card muted">Cancelled events cannot be edited.</p>
          ) : (
            <>
              <h2>Details</h2>
              <EventForm
                key={formKey}
                initial={eventToForm(load.event)}
                browserZone={zone}
                submitLabel="Save changes"
                pendingLabel="Saving…"
                requireFutureStart={(values) => values.startsAtLocal !== eventToForm(load.event).startsAtLocal}
                onSave={async (input) => {
                  setSaved(null);
                  const updated = await updateEvent(id, input, load.event.version);
                  setEvent(updated);
                  setSaved(`Saved (version ${updated.version}).`);
                }}
                renderError={(error) =>
                  error.errorTypes.includes('ConflictError') ? (
                    <p>
                      Someone changed this event since you opened it.{' '}
                      <button type="button" className="link" onClick={() => void read(id)}>
                        Load the latest version
                      </button>{' '}
                      (your unsaved edits are discarded).
                    </p>
                  ) : null
                }
              />
              <p role="status" className="status-line">
                {saved}
              </p>
            </>
          )}
        </>
      )}
    </section>
  );
}
