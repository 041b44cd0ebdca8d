// The pages mail links open: #/confirm?token=… confirms a sign-up, #/unsubscribe?token=… stops
// announcements. The action runs once on arrival (a confirmation token works only once, so a second run,
// e.g. React's development double effect, reuses the first answer) and the token leaves the address bar.
import { useEffect, useState } from 'react';
import { hashFor } from '../../app/routes';
import { describeGraphqlError } from '../../lib/graphql-errors';
import type { ClientAuthMode } from '../../lib/graphql-client';
import { confirmSubscription, unsubscribe } from './api/subscribers';
import type { SubscriberView } from './api/subscribers';

export interface TokenActionPageProps {
  action: 'confirm' | 'unsubscribe';
  token: string;
  authMode: ClientAuthMode;
}

type Outcome = { status: 'working' } | { status: 'done'; subscriber: SubscriberView } | { status: 'failed'; invalidToken: boolean; message: string };

const runs = new Map<string, Promise<SubscriberView>>();

function runOnce(action: TokenActionPageProps['action'], token: string, authMode: ClientAuthMode): Promise<SubscriberView> {
  const key = `${action}:${token}`;
  let run = runs.get(key);
  if (!run) {
    run = action === 'confirm' ? confirmSubscription(token, authMode) : unsubscribe(token, authMode);
    runs.set(key, run);
    // A failed run may be retried from the page's button.
    run.catch(() => runs.delete(key));
  }
  return run;
}

const TEXT = {
  confirm: { title: 'Confirm your subscription', working: 'Confirming your address…', retryHint: 'sign up again to get a new link' },
  unsubscribe: { title: 'Unsubscribe', working: 'Unsubscribing…', retryHint: 'use the link in the most recent announcement' },
};

export function TokenActionPage({ action, token, authMode }: TokenActionPageProps) {
  const [outcome, setOutcome] = useState<Outcome>({ status: 'working' });
  const [attempt, setAttempt] = useState(0);
  const text = TEXT[action];

  useEffect(() => {
    let active = true;
    if (!token) {
      setOutcome({ status: 'failed', invalidToken: true, message: 'This link is incomplete: it carries no token.' });
      return;
    }
    setOutcome({ status: 'working' });
    runOnce(action, token, authMode).then(
      (subscriber) => {
        if (!active) return;
        setOutcome({ status: 'done', subscriber });
        // The token is a credential; keep it out of the history and the address bar.
        window.history.replaceState(null, '', hashFor({ name: action === 'confirm' ? 'confirm-subscription' : 'unsubscribe', token: '' }));
      },
      (error: unknown) => {
        if (!active) return;
        const described = describeGraphqlError(error);
        setOutcome({ status: 'failed', invalidToken: described.errorTypes.includes('InvalidToken'), message: described.message });
      },
    );
    return () => {
      active = false;
    };
  }, [action, token, authMode, attempt]);

  return (
    <section className="stack">
      <h1 tabIndex={-1}>{text.title}</h1>
      <div className="card stack token-outcome" aria-live="polite">
        {outcome.status === 'working' && <p aria-busy="true">{text.working}</p>}
        {outcome.status === 'done' && action === 'confirm' && (
          <>
            <p className="success">
              <strong>You are subscribed.</strong>
            </p>
            <p>
              {outcome.subscriber.email} will get an email for every newly published event
              {outcome.subscriber.topics.length > 0 ? ` about ${outcome.subscriber.topics.join(', ')}` : ''}.
            </p>
          </>
        )}
        {outcome.status === 'done' && action === 'unsubscribe' && (
          <>
            <p className="success">
              <strong>You are unsubscribed.</strong>
            </p>
            <p>{outcome.subscriber.email} will get no more announcements.</p>
            <p>
              Changed your mind? <a href={hashFor({ name: 'subscribe' })}>Sign up again</a>.
            </p>
          </>
        )}
        {outcome.status === 'failed' && (
          <div role="alert" className="stack">
            <p className="error">
              {outcome.invalidToken ? `This link is not valid (any more). Nothing was changed; ${text.retryHint}.` : `Something went wrong: ${outcome.message}`}
            </p>
            {outcome.invalidToken ? (
              action === 'confirm' && (
                <p>
                  <a href={hashFor({ name: 'subscribe' })}>Sign up again</a>
                </p>
              )
            ) : (
              <button type="button" onClick={() => setAttempt((n) => n + 1)}>
                Try again
              </button>
            )}
          </div>
        )}
      </div>
      <p>
        <a href={hashFor({ name: 'events', filters: { from: '', to: '', category: '', tag: '' } })}>Browse upcoming events</a>
      </p>
    </section>
  );
}
