// Events created in this session, each with a Publish button while it is still a draft.
// Each row keeps its own pending and error state so one failed publish does not block the others.
import { useId, useState } from 'react';
import { describeGraphqlError } from '../../lib/graphql-errors';
import { eventTimes } from '../../lib/time-format';
import type { OrganizerEvent } from './api/create-event';
import { publishEvent } from './api/publish-event';

export interface DraftsListProps {
  drafts: OrganizerEvent[];
  viewerZone: string;
  onPublished(event: OrganizerEvent): void;
}

function DraftRow({ draft, viewerZone, onPublished }: { draft: OrganizerEvent } & Omit<DraftsListProps, 'drafts'>) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const times = eventTimes(draft.startsAt, draft.timeZone, viewerZone);
  const headingId = `draft-${draft.id}`;
  const errorId = `${headingId}-error`;

  async function publish() {
    setPending(true);
    setError(null);
    try {
      onPublished(await publishEvent(draft.id));
    } catch (caught) {
      setError(describeGraphqlError(caught).message);
    } finally {
      setPending(false);
    }
  }

  return (
    <article className="card draft" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {draft.title} <span className={`badge status-${draft.status.toLowerCase()}`}>{draft.status.toLowerCase()}</span>
      </h3>
      <p>
        <time dateTime={draft.startsAt}>{times.atEvent}</time> ({times.eventZone})
        {times.forViewer && <span className="muted"> · your time {times.forViewer}</span>}
      </p>
      {draft.status === 'DRAFT' ? (
        <button
          type="button"
          onClick={publish}
          disabled={pending}
          aria-describedby={error ? errorId : undefined}
          aria-label={`Publish ${draft.title}`}
        >
          {pending ? 'Publishing…' : 'Publish'}
        </button>
      ) : (
        <p className="success">Published{draft.publishedAt ? ` at ${new Date(draft.publishedAt).toLocaleString()}` : ''}.</p>
      )}
      {error && (
        <p id={errorId} className="error" role="alert">
          Could not publish: {error}
        </p>
      )}
    </article>
  );
}

export function DraftsList({ drafts, viewerZone, onPublished }: DraftsListProps) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-heading`} className="stack">
      <h2 id={`${id}-heading`}>Your drafts this session</h2>
      {drafts.length === 0 ? (
        <p className="muted">Drafts you create appear here, ready to publish.</p>
      ) : (
        <ul className="drafts">
          {drafts.map((draft) => (
            <li key={draft.id}>
              <DraftRow draft={draft} viewerZone={viewerZone} onPublished={onPublished} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
