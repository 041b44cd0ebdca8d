// The organizer page: the create-event form and this session's drafts. Shown to organizers and admins;
// the API enforces the same groups, so this check is only about not offering what would fail.
import { useId } from 'react';
import { viewerTimeZone } from '../../lib/time-format';
import { CreateEventForm } from './create-event-form';
import { DraftsList } from './drafts-list';
import { useDrafts } from './use-drafts';

export interface OrganizerPageProps {
  username: string;
}

export function OrganizerPage({ username }: OrganizerPageProps) {
  const id = useId();
  const { drafts, upsert } = useDrafts(username);
  const zone = viewerTimeZone();
  return (
    <section aria-labelledby={`${id}-heading`} className="stack">
      <h1 id={`${id}-heading`} tabIndex={-1}>
        Organize
      </h1>
      <CreateEventForm browserZone={zone} onCreated={upsert} />
      <DraftsList drafts={drafts} viewerZone={zone} onPublished={upsert} />
    </section>
  );
}
