// Seats and the viewer's place: live seat counts, register / join the waitlist / cancel, the waitlist
// position, and what each action did, announced politely. Sized so switching states does not move the page.
import { useId } from 'react';
import { hashFor } from '../../app/routes';
import type { EventView } from '../../lib/event-details';
import { isFull, seatsText } from './event-text';
import type { MyRegistrationControls } from './use-my-registration';

export interface RegistrationPanelProps {
  event: EventView;
  signedIn: boolean;
  controls: MyRegistrationControls;
}

function Actions({ event, signedIn, controls }: RegistrationPanelProps) {
  const { state, register, cancel } = controls;
  const returnTo = hashFor({ name: 'event', id: event.id });
  if (event.status === 'CANCELLED') return <p>This event was cancelled; registration is closed.</p>;
  if (event.status === 'DRAFT') return <p className="muted">Registration opens when the event is published.</p>;
  if (!signedIn) {
    return (
      <p>
        <a href={hashFor({ name: 'sign-in', returnTo })}>Sign in to register</a> · No account?{' '}
        <a href={hashFor({ name: 'sign-up' })}>Sign up</a>
      </p>
    );
  }
  if (state.status === 'loading') return <p aria-busy="true">Checking your registration…</p>;
  if (state.status === 'error') {
    return <p className="error">Could not check your registration: {state.error}</p>;
  }
  const registration = state.registration;
  if (registration?.status === 'CONFIRMED') {
    return (
      <div className="actions">
        <p className="success">You have a seat.</p>
        <button type="button" className="secondary" onClick={cancel} disabled={state.pending}>
          {state.pending ? 'Cancelling…' : 'Cancel my registration'}
        </button>
      </div>
    );
  }
  if (registration?.status === 'WAITLISTED') {
    return (
      <div className="actions">
        <p>
          You are <strong>{registration.waitlistPosition ? `number ${registration.waitlistPosition}` : 'on'}</strong> on the
          waitlist. You move up automatically when a seat frees up.
        </p>
        <button type="button" className="secondary" onClick={cancel} disabled={state.pending}>
          {state.pending ? 'Leaving…' : 'Leave the waitlist'}
        </button>
      </div>
    );
  }
  const full = isFull(event.availability);
  return (
    <div className="actions">
      {full && <p>The event is full. Join the waitlist to get the next free seat.</p>}
      <button type="button" onClick={register} disabled={state.pending}>
        {state.pending ? 'Registering…' : full ? 'Join the waitlist' : 'Register'}
      </button>
    </div>
  );
}

export function RegistrationPanel(props: RegistrationPanelProps) {
  const id = useId();
  const { state } = props.controls;
  return (
    <section className="card registration" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Seats</h2>
      <p className="seats-live" aria-live="polite" aria-atomic="true" data-testid="seats">
        {seatsText(props.event.availability)}
      </p>
      <Actions {...props} />
      {state.error && state.status !== 'error' && (
        <p className="error" role="alert">
          {state.error}
        </p>
      )}
      <p role="status" className="status-line">
        {state.message}
      </p>
    </section>
  );
}
