// Creating an account: username, email and password, checked before Cognito sees them; Cognito's answers
// appear next to the field at fault. Next step: the confirmation code page.
import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { hashFor } from '../../app/routes';
import { PendingButton } from '../../lib/pending-button';
import type { AccountActions } from './account';
import { describeSignUpError } from './describe-sign-up-error';
import type { SignUpErrorDescription } from './describe-sign-up-error';

export interface SignUpPageProps {
  createAccount: AccountActions['createAccount'];
  /** Called once the account exists; `password` stays in memory only, to sign in right after confirming. */
  onCreated(result: { username: string; password: string; needsCode: boolean; destination: string | null }): void;
}

type Field = 'username' | 'email' | 'password';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks Cognito would make anyway, answered without a round trip. */
export function signUpProblems(values: Record<Field, string>): Partial<Record<Field, string>> {
  const problems: Partial<Record<Field, string>> = {};
  if (!values.username) problems.username = 'Choose a username.';
  else if (/\s/.test(values.username)) problems.username = 'Usernames cannot contain spaces.';
  else if (values.username.length > 128) problems.username = 'Use at most 128 characters.';
  if (!values.email) problems.email = 'Enter your email address.';
  else if (!EMAIL.test(values.email)) problems.email = 'Enter an address like name@example.com.';
  if (values.password.length < 8) problems.password = 'Use at least 8 characters.';
  return problems;
}

export function SignUpPage({ createAccount, onCreated }: SignUpPageProps) {
  const id = useId();
  const [values, setValues] = useState<Record<Field, string>>({ username: '', email: '', password: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<SignUpErrorDescription | null>(null);
  const [pending, setPending] = useState(false);
  const refs = { username: useRef<HTMLInputElement>(null), email: useRef<HTMLInputElement>(null), password: useRef<HTMLInputElement>(null) };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const trimmed = { ...values, username: values.username.trim(), email: values.email.trim() };
    const problems = signUpProblems(trimmed);
    setErrors(problems);
    const first = (['username', 'email', 'password'] as Field[]).find((field) => problems[field]);
    if (first) return refs[first].current?.focus();
    setPending(true);
    try {
      const result = await createAccount(trimmed.username, trimmed.email, trimmed.password);
      onCreated({ username: trimmed.username, password: trimmed.password, ...result });
    } catch (caught) {
      const described = describeSignUpError(caught);
      if (described.field && described.field !== 'code') {
        setErrors({ [described.field]: described.message });
        refs[described.field].current?.focus();
      } else {
        setFormError(described);
      }
    } finally {
      setPending(false);
    }
  }

  const input = (field: Field, label: string, props: Record<string, unknown>, hint?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{label}</label>
      <input
        ref={refs[field]}
        id={`${id}-${field}`}
        name={field}
        required
        value={values[field]}
        onChange={(e) => setValues({ ...values, [field]: e.target.value })}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={[hint ? `${id}-${field}-hint` : '', errors[field] ? `${id}-${field}-error` : ''].filter(Boolean).join(' ') || undefined}
        {...props}
      />
      {hint && (
        <p id={`${id}-${field}-hint`} className="hint">
          {hint}
        </p>
      )}
      {errors[field] && (
        <p id={`${id}-${field}-error`} className="field-error">
          {errors[field]}
        </p>
      )}
    </div>
  );

  return (
    <section aria-labelledby={`${id}-heading`} className="stack narrow">
      <h1 id={`${id}-heading`} tabIndex={-1}>
        Create an account
      </h1>
      <form className="card form" onSubmit={submit} noValidate aria-label="Create an account">
        {formError && (
          <p className="error" role="alert">
            {formError.message}
          </p>
        )}
        {input('username', 'Username', { autoComplete: 'username', autoCapitalize: 'none', spellCheck: false })}
        {input('email', 'Email address', { type: 'email', autoComplete: 'email' }, 'We send a confirmation code here.')}
        {input(
          'password',
          'Password',
          { type: 'password', autoComplete: 'new-password' },
          'At least 8 characters, with upper and lower case letters, a digit and a symbol.',
        )}
        <PendingButton type="submit" pending={pending}>
          {pending ? 'Creating account…' : 'Create account'}
        </PendingButton>
      </form>
      <p>
        Already have an account? <a href={hashFor({ name: 'sign-in', returnTo: null })}>Sign in</a>
      </p>
    </section>
  );
}
