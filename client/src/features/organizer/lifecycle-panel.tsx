// Publishing, cancelling and deleting: each asks for confirmation in place (no modal), says what it will
// do, and reports failures next to the button. Cancelling needs a reason, which registrants are told.
// Focus follows the swaps (the pressed button is gone): into the question, back to the button that asked, or
// to the status heading once the change is made.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { EventView } from '../../lib/event-details';
import { describeGraphqlError } from '../../lib/graphql-errors';
import { PendingButton } from '../../lib/pending-button';
import { cancelEvent, deleteEvent, publishEvent } from './api/events';
import { REASON_MAX } from './validate-event-form';

export interface LifecyclePanelProps {
  event: EventView;
  onChanged(event: EventView): void;
  onDeleted(): void;
}

type Step = 'idle' | 'confirm-publish' | 'confirm-delete' | 'cancel-form';

export function LifecyclePanel({ event, onChanged, onDeleted }: LifecyclePanelProps) {
  const id = useId();
  const [step, setStep] = useState<Step>('idle');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  /** What to focus once the next render is on screen. */
  const focusNext = useRef<string | null>(null);

  useEffect(() => {
    const selector = focusNext.current;
    focusNext.current = null;
    if (selector) panelRef.current?.querySelector<HTMLElement>(selector)?.focus();
  });

  async function run(action: () => Promise<void>) {
    setPending(true);
    setError(null);
    try {
      await action();
      focusNext.current = 'h2';
      setStep('idle');
    } catch (caught) {
      const described = describeGraphqlError(caught);
      setError(described.message);
      if (described.fieldErrors.reason) setReasonError(described.fieldErrors.reason);
    } finally {
      setPending(false);
    }
  }

  function submitCancel(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const text = reason.trim();
    const problem = !text ? 'Tell registrants why the event is cancelled.' : text.length > REASON_MAX ? `Use at most ${REASON_MAX} characters.` : null;
    setReasonError(problem);
    if (problem) return reasonRef.current?.focus();
    void run(async () => onChanged(await cancelEvent(event.id, text)));
  }

  const choose = (next: Step) => {
    focusNext.current = next === 'idle' ? `[data-opens="${step}"]` : next === 'cancel-form' ? 'textarea' : '[role="group"]';
    setStep(next);
    setError(null);
  };

  return (
    <section ref={panelRef} className="card stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} tabIndex={-1}>
        Status: {event.status.toLowerCase()}
      </h2>
      {event.status === 'DRAFT' && step === 'idle' && (
        <>
          <p>Only you can see this draft. Publishing lists it publicly and emails it to every confirmed subscriber.</p>
          <div className="actions">
            <button type="button" data-opens="confirm-publish" onClick={() => choose('confirm-publish')}>
              Publish…
            </button>
            <button type="button" className="secondary danger" data-opens="confirm-delete" onClick={() => choose('confirm-delete')}>
              Delete draft…
            </button>
          </div>
        </>
      )}
      {step === 'confirm-publish' && (
        <div className="confirm" role="group" aria-label="Confirm publishing" tabIndex={-1}>
          <p>
            Publish <strong>{event.title}</strong> now? The announcement goes out once and cannot be recalled.
          </p>
          <div className="actions">
            <PendingButton pending={pending} onClick={() => void run(async () => onChanged(await publishEvent(event.id)))}>
              {pending ? 'Publishing…' : 'Publish now'}
            </PendingButton>
            <PendingButton className="secondary" pending={pending} onClick={() => choose('idle')}>
              Keep as draft
            </PendingButton>
          </div>
        </div>
      )}
      {step === 'confirm-delete' && (
        <div className="confirm" role="group" aria-label="Confirm deleting" tabIndex={-1}>
          <p>
            Delete the draft <strong>{event.title}</strong> for good?
          </p>
          <div className="actions">
            <PendingButton className="danger" pending={pending} onClick={() => void run(async () => {
              await deleteEvent(event.id);
              onDeleted();
            })}>
              {pending ? 'Deleting…' : 'Delete draft'}
            </PendingButton>
            <PendingButton className="secondary" pending={pending} onClick={() => choose('idle')}>
              Keep it
            </PendingButton>
          </div>
        </div>
      )}
      {event.status === 'PUBLISHED' && step === 'idle' && (
        <div className="actions">
          <p>Published{event.publishedAt ? ` on ${new Date(event.publishedAt).toLocaleString()}` : ''}.</p>
          <button type="button" className="secondary danger" data-opens="cancel-form" onClick={() => choose('cancel-form')}>
            Cancel event…
          </button>
        </div>
      )}
      {step === 'cancel-form' && (
        <form className="form" onSubmit={submitCancel} noValidate aria-label="Cancel the event">
          <div className="field">
            <label htmlFor={`${id}-reason`}>Reason for cancelling</label>
            <textarea
              ref={reasonRef}
              id={`${id}-reason`}
              rows={3}
              maxLength={REASON_MAX}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={[`${id}-reason-hint`, reasonError ? `${id}-reason-error` : ''].filter(Boolean).join(' ')}
            />
            <p id={`${id}-reason-hint`} className="hint">
              Registrants are told this reason. Cancelling cannot be undone.
            </p>
            {reasonError && (
              <p id={`${id}-reason-error`} className="field-error">
                {reasonError}
              </p>
            )}
          </div>
          <div className="actions">
            <PendingButton type="submit" className="danger" pending={pending}>
              {pending ? 'Cancelling…' : 'Cancel the event'}
            </PendingButton>
            <PendingButton className="secondary" pending={pending} onClick={() => choose('idle')}>
              Keep it
            </PendingButton>
          </div>
        </form>
      )}
      {event.status === 'CANCELLED' && (
        <p>
          Cancelled{event.cancelledAt ? ` on ${new Date(event.cancelledAt).toLocaleString()}` : ''}: {event.cancellationReason}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
