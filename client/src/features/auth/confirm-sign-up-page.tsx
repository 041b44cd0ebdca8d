// Confirming a new account with the code Cognito sent, with "send a new code". On a local stack no mail
// leaves the machine: cognito-local prints the code to the console that runs the stack, and the page says so.
import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { hashFor } from '../../app/routes';
import { PendingButton } from '../../lib/pending-button';
import type { AccountActions } from './account';
import { describeSignUpError } from './describe-sign-up-error';

export interface ConfirmSignUpPageProps {
  username: string;
  /** Where the code went (masked), if known. */
  destination: string | null;
  /** The stack is local (the hint about the console is shown). */
  local: boolean;
  confirmAccount: AccountActions['confirmAccount'];
  resendCode: AccountActions['resendCode'];
  onConfirmed(username: string): Promise<void> | void;
}

export function ConfirmSignUpPage(props: ConfirmSignUpPageProps) {
  const id = useId();
  const [username, setUsername] = useState(props.username);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<{ username?: string; code?: string; form?: string }>({});
  const [status, setStatus] = useState<string | null>(props.destination ? `We sent a code to ${props.destination}.` : null);
  const [pending, setPending] = useState<'confirm' | 'resend' | null>(null);
  const usernameRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  function fail(caught: unknown) {
    const described = describeSignUpError(caught);
    if (described.field === 'username' || described.field === 'code') {
      setErrors({ [described.field]: described.message });
      (described.field === 'username' ? usernameRef : codeRef).current?.focus();
    } else {
      setErrors({ form: described.message });
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = username.trim();
    const digits = code.trim();
    const found = { username: name ? undefined : 'Enter your username.', code: digits ? undefined : 'Enter the code from the message.' };
    setErrors(found);
    setStatus(null);
    if (found.username || found.code) return (found.username ? usernameRef : codeRef).current?.focus();
    setPending('confirm');
    try {
      await props.confirmAccount(name, digits);
      setStatus('Account confirmed.');
      await props.onConfirmed(name);
    } catch (caught) {
      fail(caught);
    } finally {
      setPending(null);
    }
  }

  async function resend() {
    const name = username.trim();
    if (!name) {
      setErrors({ username: 'Enter your username first.' });
      return usernameRef.current?.focus();
    }
    setErrors({});
    setPending('resend');
    try {
      const destination = await props.resendCode(name);
      setStatus(destination ? `We sent a new code to ${destination}.` : 'We sent a new code.');
    } catch (caught) {
      fail(caught);
    } finally {
      setPending(null);
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="stack narrow">
      <h1 id={`${id}-heading`} tabIndex={-1}>
        Confirm your account
      </h1>
      <p>Enter the code we sent to your email address.</p>
      {props.local && (
        <p className="card notice" id={`${id}-local`}>
          <strong>Local stack:</strong> no email is sent. The Cognito stand-in (cognito-local) prints the code to the
          console running the stack (<code>npm start --verbose</code> shows it).
        </p>
      )}
      <form className="card form" onSubmit={submit} noValidate aria-label="Confirm your account">
        {errors.form && (
          <p className="error" role="alert">
            {errors.form}
          </p>
        )}
        <div className="field">
          <label htmlFor={`${id}-username`}>Username</label>
          <input
            ref={usernameRef}
            id={`${id}-username`}
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            aria-invalid={errors.username ? true : undefined}
            aria-describedby={errors.username ? `${id}-username-error` : undefined}
          />
          {errors.username && (
            <p id={`${id}-username-error`} className="field-error">
              {errors.username}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-code`}>Confirmation code</label>
          <input
            ref={codeRef}
            id={`${id}-code`}
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            aria-invalid={errors.code ? true : undefined}
            aria-describedby={[props.local ? `${id}-local` : '', errors.code ? `${id}-code-error` : ''].filter(Boolean).join(' ') || undefined}
          />
          {errors.code && (
            <p id={`${id}-code-error`} className="field-error">
              {errors.code}
            </p>
          )}
        </div>
        <div className="actions">
          <PendingButton type="submit" pending={pending !== null}>
            {pending === 'confirm' ? 'Confirming…' : 'Confirm account'}
          </PendingButton>
          <PendingButton className="secondary" onClick={resend} pending={pending !== null}>
            {pending === 'resend' ? 'Sending…' : 'Send a new code'}
          </PendingButton>
        </div>
        <p role="status" className="status-line">
          {status}
        </p>
      </form>
      <p>
        Already confirmed? <a href={hashFor({ name: 'sign-in', returnTo: null })}>Sign in</a>
      </p>
    </section>
  );
}
