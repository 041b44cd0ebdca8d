// Sign-up for email announcements (anonymous visitors use the API key). The answer is the same whether or
// not the address was known, so the page only ever says "check your inbox". The answer replaces the form, so
// focus moves to it (and back to the address field for another sign-up) instead of falling to the page's top.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { describeGraphqlError } from '../../lib/graphql-errors';
import type { ClientAuthMode } from '../../lib/graphql-client';
import { PendingButton } from '../../lib/pending-button';
import { subscribeToAnnouncements } from './api/subscribers';

export interface SubscribePageProps {
  authMode: ClientAuthMode;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function parseTopics(text: string): string[] {
  return [...new Set(text.split(',').map((topic) => topic.trim().replace(/^#/, '').toLowerCase()).filter(Boolean))];
}

export function SubscribePage({ authMode }: SubscribePageProps) {
  const id = useId();
  const [email, setEmail] = useState('');
  const [topics, setTopics] = useState('');
  const [errors, setErrors] = useState<{ email?: string; topics?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const topicsRef = useRef<HTMLInputElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);
  const answered = useRef(false);

  useEffect(() => {
    if (done) doneRef.current?.focus();
    else if (answered.current) emailRef.current?.focus();
    answered.current = done !== null;
  }, [done]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const address = email.trim();
    const list = parseTopics(topics);
    const found = {
      email: !address ? 'Enter your email address.' : EMAIL.test(address) ? undefined : 'Enter an address like name@example.com.',
      topics: list.some((topic) => topic.length > 50) ? 'Each topic can have at most 50 characters.' : list.length > 20 ? 'Choose at most 20 topics.' : undefined,
    };
    setErrors(found);
    if (found.email || found.topics) return (found.email ? emailRef : topicsRef).current?.focus();
    setPending(true);
    try {
      const answer = await subscribeToAnnouncements(address, list, authMode);
      setDone(answer.message);
    } catch (caught) {
      const described = describeGraphqlError(caught);
      setErrors({ email: described.fieldErrors.email, topics: described.fieldErrors.topics });
      setFormError(described.message);
    } finally {
      setPending(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="stack">
      <h1 id={`${id}-heading`} tabIndex={-1}>
        Get new events by email
      </h1>
      <p>We send one mail per newly published event. You confirm your address first, and every mail has a one-click unsubscribe link.</p>
      {done ? (
        <div className="card stack">
          <h2 ref={doneRef} tabIndex={-1} className="success">
            Almost done: check your inbox.
          </h2>
          <p>{done}</p>
          <button type="button" className="link" onClick={() => setDone(null)}>
            Sign up another address
          </button>
        </div>
      ) : (
        <form className="card form" onSubmit={submit} noValidate aria-label="Sign up for announcements">
          {formError && (
            <p className="error" role="alert">
              Could not sign you up: {formError}
            </p>
          )}
          <div className="field">
            <label htmlFor={`${id}-email`}>Email address</label>
            <input
              ref={emailRef}
              id={`${id}-email`}
              type="email"
              autoComplete="email"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-invalid={errors.email ? true : undefined}
              aria-describedby={errors.email ? `${id}-email-error` : undefined}
            />
            {errors.email && (
              <p id={`${id}-email-error`} className="field-error">
                {errors.email}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={`${id}-topics`}>
              Topics <span className="muted">(optional)</span>
            </label>
            <input
              ref={topicsRef}
              id={`${id}-topics`}
              value={topics}
              onChange={(e) => setTopics(e.target.value)}
              aria-invalid={errors.topics ? true : undefined}
              aria-describedby={[`${id}-topics-hint`, errors.topics ? `${id}-topics-error` : ''].filter(Boolean).join(' ')}
            />
            <p id={`${id}-topics-hint`} className="hint">
              Categories or tags, separated by commas (e.g. tech, music). Leave empty to hear about every event.
            </p>
            {errors.topics && (
              <p id={`${id}-topics-error`} className="field-error">
                {errors.topics}
              </p>
            )}
          </div>
          <PendingButton type="submit" pending={pending}>
            {pending ? 'Signing up…' : 'Sign me up'}
          </PendingButton>
        </form>
      )}
    </section>
  );
}
