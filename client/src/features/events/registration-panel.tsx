// Seats and the viewer's place: live seat counts, register / join the waitlist / cancel, the waitlist
// position, and what each action did, announced politely. Sized so switching states does not move the page.
import { useId } from 'react';
import type { ReactNode } from 'react';
import { hashFor } from '../../app/routes';
import type { EventView } from '../../lib/event-details';
import { PendingButton } from '../../lib/pending-button';
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
  const full = isFull(event.availability);
  let note: ReactNode = full ? <p>The event is full. Join the waitlist to get the next free seat.</p> : null;
  let button: { onClick(): void; label: string; pendingLabel: string; className?: string } = {
    onClick: register,
    label: full ? 'Join the waitlist' : 'Register',
    pendingLabel: 'Registering…',
  };
  if (registration?.status === 'CONFIRMED') {
    note = <p className="success">You have a seat.</p>;
    button = { onClick: cancel, label: 'Cancel my registration', pendingLabel: 'Cancelling…', className: 'secondary' };
  } else if (registration?.status === 'WAITLISTED') {
    note = (
      <p>
        You are <strong>{registration.waitlistPosition ? `number ${registration.waitlistPosition}` : 'on'}</strong> on the
        waitlist. You move up automatically when a seat frees up.
      </p>
    );
    button = { onClick: cancel, label: 'Leave the waitlist', pendingLabel: 'Leaving…', className: 'secondary' };
  }
  // One button element whatever it does, so the one just pressed keeps focus when registering turns it into "Cancel".
  return (
    <div className="actions">
      {note}
      <PendingButton className={button.className} onClick={button.onClick} pending={state.pending}>
        {state.pending ? button.pendingLabel : button.label}
      </PendingButton>
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
